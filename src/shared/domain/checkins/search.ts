import type { Checkin, CheckinTemplate, FeedbackEntry } from '../../model'
import { toPlainText } from './rich-text'

export type SearchFieldName =
  'answer' | 'agenda' | 'shared' | 'private' | 'situation' | 'behaviour' | 'impact'

export interface SearchField {
  name: SearchFieldName
  label: string
  text: string
}

export interface SearchDocument {
  id: string
  kind: 'checkin' | 'feedback'
  personId: string
  date: string
  fields: SearchField[]
}

export interface SearchHit {
  document: SearchDocument
  field: SearchField
  snippet: { before: string; match: string; after: string }
}

export interface SearchIndex {
  documents: SearchDocument[]
  /** token -> ascending document positions */
  postings: Map<string, number[]>
  /** every token, sorted, for prefix look-ups */
  vocabulary: string[]
}

const asciiOnly = /^[\t\n\r\x20-\x7e]*$/

/** Lower case, accents removed: "Café" and "cafe" match. Keeps the string's length for Latin text. */
export function foldText(text: string): string {
  // Most notes are plain ASCII: skip the costly Unicode normalisation for them.
  if (asciiOnly.test(text)) return text.toLowerCase()
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

export function tokenize(text: string): string[] {
  const folded = foldText(text)
  return (
    (asciiOnly.test(folded) ? folded.match(/[a-z0-9]+/g) : folded.match(/[\p{L}\p{N}]+/gu)) ?? []
  )
}

export function toCheckinDocument(
  checkin: Checkin,
  templates: ReadonlyMap<string, CheckinTemplate>,
): SearchDocument {
  const sections = templates.get(checkin.templateId)?.sections ?? []
  const fields: SearchField[] = checkin.answers
    .filter((a) => a.text.trim() !== '')
    .map((a) => ({
      name: 'answer' as const,
      label: sections.find((s) => s.id === a.sectionId)?.prompt ?? 'Answer',
      text: toPlainText(a.text),
    }))
  if (checkin.agenda.length > 0)
    fields.push({ name: 'agenda', label: 'Agenda', text: checkin.agenda.join('\n') })
  if (checkin.sharedNotes.trim())
    fields.push({ name: 'shared', label: 'Shared notes', text: toPlainText(checkin.sharedNotes) })
  if (checkin.privateNotes.trim())
    fields.push({
      name: 'private',
      label: 'Private notes',
      text: toPlainText(checkin.privateNotes),
    })
  return { id: checkin.id, kind: 'checkin', personId: checkin.personId, date: checkin.date, fields }
}

export function toFeedbackDocument(entry: FeedbackEntry): SearchDocument {
  const fields: SearchField[] = [
    { name: 'situation' as const, label: 'Situation', text: entry.situation },
    { name: 'behaviour' as const, label: 'Behaviour', text: entry.behaviour },
    { name: 'impact' as const, label: 'Impact', text: entry.impact },
  ].filter((f) => f.text.trim() !== '')
  return { id: entry.id, kind: 'feedback', personId: entry.personId, date: entry.date, fields }
}

/** Documents are kept newest first, so hits come out in order without sorting. */
export function buildSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const sorted = [...documents].sort(
    (a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id),
  )
  const postings = new Map<string, number[]>()
  sorted.forEach((document, position) => {
    for (const field of document.fields) {
      for (const token of tokenize(field.text)) {
        const list = postings.get(token)
        if (list === undefined) postings.set(token, [position])
        else if (list[list.length - 1] !== position) list.push(position)
      }
    }
  })
  const vocabulary = [...postings.keys()].sort()
  return { documents: sorted, postings, vocabulary }
}

function findFirstAtLeast(sorted: readonly string[], value: string): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (sorted[middle]! < value) low = middle + 1
    else high = middle
  }
  return low
}

/** The posting lists of every word that starts with `prefix`. */
function collectPrefix(index: SearchIndex, prefix: string): number[][] {
  const lists: number[][] = []
  for (let i = findFirstAtLeast(index.vocabulary, prefix); i < index.vocabulary.length; i += 1) {
    const token = index.vocabulary[i]!
    if (!token.startsWith(prefix)) break
    lists.push(index.postings.get(token)!)
  }
  return lists
}

function makeSnippet(text: string, terms: readonly string[], width = 70): SearchHit['snippet'] {
  const folded = foldText(text)
  let at = -1
  let length = 0
  for (const term of terms) {
    const position = folded.search(new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(term)}`, 'u'))
    if (position < 0) continue
    const start = folded[position]!.match(/[\p{L}\p{N}]/u) ? position : position + 1
    if (at < 0 || start < at) {
      at = start
      length = term.length
    }
  }
  if (at < 0) return { before: '', match: '', after: text.slice(0, width * 2) }
  const from = Math.max(0, at - width)
  const to = Math.min(text.length, at + length + width)
  return {
    before: `${from > 0 ? '…' : ''}${text.slice(from, at)}`.replace(/\s+/g, ' '),
    match: text.slice(at, at + length),
    after: `${text.slice(at + length, to)}${to < text.length ? '…' : ''}`.replace(/\s+/g, ' '),
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Documents that contain every word of the query (each as the start of a word), newest first.
 * Each hit names the field that matched first and a snippet around the match.
 */
export function searchNotes(
  index: SearchIndex,
  query: string,
  options: {
    limit?: number
    personId?: string
    kinds?: ReadonlyArray<SearchDocument['kind']>
  } = {},
): { hits: SearchHit[]; total: number } {
  const terms = [...new Set(tokenize(query))]
  if (terms.length === 0) return { hits: [], total: 0 }
  // counts[d] === k once document d has matched the first k terms: one pass over each posting list.
  const counts = new Uint16Array(index.documents.length)
  terms.forEach((term, k) => {
    for (const list of collectPrefix(index, term)) {
      for (const position of list) if (counts[position] === k) counts[position] = k + 1
    }
  })
  const matches: SearchDocument[] = []
  for (let position = 0; position < counts.length; position += 1) {
    if (counts[position] !== terms.length) continue
    const document = index.documents[position]!
    if (options.personId !== undefined && document.personId !== options.personId) continue
    if (options.kinds !== undefined && !options.kinds.includes(document.kind)) continue
    matches.push(document)
  }
  const hits: SearchHit[] = []
  for (const document of matches) {
    if (hits.length >= (options.limit ?? 50)) break
    const field = document.fields.find((f) =>
      tokenize(f.text).some((word) => terms.some((term) => word.startsWith(term))),
    )
    if (field === undefined) continue
    hits.push({ document, field, snippet: makeSnippet(field.text, terms) })
  }
  return { hits, total: matches.length }
}
