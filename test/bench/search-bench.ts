import {
  buildSearchIndex,
  searchNotes,
  toCheckinDocument,
  toFeedbackDocument,
  type SearchDocument,
} from '../../src/shared/domain/checkins/search'
import { generateSampleCompany } from '../../src/shared/domain/sample/generate'

export interface SearchTimings {
  notes: number
  buildMs: number
  /** The slowest of the queries, each the median of its runs. */
  worstQueryMs: number
  medianQueryMs: number
}

const queries = [
  'grinder',
  'espresso dial',
  'customer complaint',
  'q',
  'training support time',
  'zzz',
]

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
}

/** 10,000 check-in notes and feedback entries (the sample company's, repeated with new ids and dates). */
function buildNotes(count: number): SearchDocument[] {
  const data = generateSampleCompany({ today: '2026-11-23' })
  const templates = new Map(data.checkinTemplates.map((t) => [t.id, t]))
  const base = [
    ...data.checkins.map((c) => toCheckinDocument(c, templates)),
    ...data.feedback.map(toFeedbackDocument),
  ]
  return Array.from({ length: count }, (_, i) => {
    const source = base[i % base.length]!
    const round = Math.floor(i / base.length)
    return {
      ...source,
      id: `${source.id}-${round}`,
      date: `${2020 + (round % 6)}${source.date.slice(4)}`,
    }
  })
}

export function measureSearch(count = 10_000): SearchTimings {
  const notes = buildNotes(count)
  const started = performance.now()
  const index = buildSearchIndex(notes)
  const buildMs = performance.now() - started
  const perQuery = queries.map((query) => {
    const runs: number[] = []
    for (let run = 0; run < 7; run += 1) {
      const began = performance.now()
      searchNotes(index, query, { limit: 100 })
      runs.push(performance.now() - began)
    }
    return median(runs)
  })
  return {
    notes: notes.length,
    buildMs,
    worstQueryMs: Math.max(...perQuery),
    medianQueryMs: median(perQuery),
  }
}
