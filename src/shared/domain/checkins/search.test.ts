import { describe, expect, it } from 'vitest'
import {
  buildSearchIndex,
  searchNotes,
  toCheckinDocument,
  toFeedbackDocument,
  tokenize,
} from './search'
import { makeCheckin, makeFeedback } from './test-fixtures'
import { builtInTemplates } from '../workspace/defaults'

const templates = new Map(builtInTemplates.map((t) => [t.id, t]))

describe('note search', () => {
  const documents = [
    toCheckinDocument(
      makeCheckin({
        id: 'c1',
        date: '2026-10-01',
        sharedNotes: 'Talked about the **Café** grinder calibration',
        privateNotes: 'Seems tired lately',
        answers: [{ sectionId: 'hardest', text: 'Steaming milk for flat whites' }],
      }),
      templates,
    ),
    toCheckinDocument(
      makeCheckin({
        id: 'c2',
        personId: 'p2',
        date: '2026-11-01',
        sharedNotes: 'Grinder burrs replaced',
      }),
      templates,
    ),
    toFeedbackDocument(makeFeedback({ id: 'f1', date: '2026-10-15' })),
  ]
  const index = buildSearchIndex(documents)

  it('folds case and accents into words', () => {
    expect(tokenize('Café, CAFE-latte 2x')).toEqual(['cafe', 'cafe', 'latte', '2x'])
  })

  it('matches every query word as a word start, newest first', () => {
    expect(searchNotes(index, 'grind').hits.map((h) => h.document.id)).toEqual(['c2', 'c1'])
    expect(searchNotes(index, 'cafe grinder').hits.map((h) => h.document.id)).toEqual(['c1'])
    expect(searchNotes(index, 'rinder').hits).toEqual([])
    expect(searchNotes(index, '  ').total).toBe(0)
  })

  it('names the field and gives a snippet around the match', () => {
    const [hit] = searchNotes(index, 'steaming').hits
    expect(hit?.field.label).toBe('Where was applying them hardest?')
    expect(hit?.snippet).toEqual({ before: '', match: 'Steaming', after: ' milk for flat whites' })
    const [privateHit] = searchNotes(index, 'tired').hits
    expect(privateHit?.field.name).toBe('private')
    const [feedback] = searchNotes(index, 'queue').hits
    expect(feedback?.document.kind).toBe('feedback')
    expect(feedback?.snippet.match).toBe('queue')
  })

  it('filters by person and kind, and limits the hits but not the total', () => {
    expect(
      searchNotes(index, 'grinder', { personId: 'p2' }).hits.map((h) => h.document.id),
    ).toEqual(['c2'])
    expect(searchNotes(index, 'queue', { kinds: ['checkin'] }).total).toBe(0)
    const limited = searchNotes(index, 'grinder', { limit: 1 })
    expect(limited.hits).toHaveLength(1)
    expect(limited.total).toBe(2)
  })

  // Speed is measured by `npm run bench`, not here: CI's cores are shared.
  it('finds matches across 10,000 notes', () => {
    const words = ['espresso', 'grinder', 'latte', 'customer', 'roast', 'queue', 'training', 'milk']
    const many = Array.from({ length: 10_000 }, (_, i) =>
      toCheckinDocument(
        makeCheckin({
          id: `c${i}`,
          date: `2026-${String((i % 12) + 1).padStart(2, '0')}-10`,
          sharedNotes: Array.from(
            { length: 60 },
            (_, w) => `${words[(i * 7 + w) % words.length]}${w % 13}`,
          ).join(' '),
        }),
        templates,
      ),
    )
    const big = buildSearchIndex(many)
    const result = searchNotes(big, 'espresso3 milk')
    expect(result.total).toBeGreaterThan(0)
    expect(result.total).toBeLessThan(many.length)
    expect(searchNotes(big, 'espresso3 milk').total).toBe(result.total)
  })
})
