import { describe, expect, it } from 'vitest'
import { readReactionCsv } from './reaction-csv'

describe('reaction survey CSV', () => {
  it('finds the columns by name and reads each row, reporting the ones it cannot use', () => {
    const { rows, problems } = readReactionCsv(
      ['Date', 'Email', 'Relevance', 'Engagement', 'Would you recommend?', 'Comments'],
      [
        ['2026-03-01', 'ada@example.com', '5', '4', 'Yes', 'Great'],
        ['', 'ben@example.com', '3', '3', '', ''],
        ['2026-03-01', 'cy@example.com', '6', '4', 'yes', ''],
        ['2026-03-01', 'di@example.com', '4', '4', 'maybe', ''],
        ['', '', '', '', '', ''],
        ['2099-01-01', 'ed@example.com', '4', '4', 'no', ''],
      ],
      '2026-03-05',
    )
    expect(rows).toEqual([
      {
        person: 'ada@example.com',
        relevance: 5,
        engagement: 4,
        wouldRecommend: true,
        comment: 'Great',
        date: '2026-03-01',
        row: 2,
      },
      {
        person: 'ben@example.com',
        relevance: 3,
        engagement: 3,
        wouldRecommend: false,
        comment: '',
        date: '2026-03-05',
        row: 3,
      },
    ])
    expect(problems.map((problem) => problem.row)).toEqual([4, 5, 7])
  })

  it('refuses a file without the needed columns', () => {
    const { rows, problems } = readReactionCsv(['Name', 'Score'], [['Ada', '5']], '2026-03-05')
    expect(rows).toEqual([])
    expect(problems[0]!.message).toMatch(/No column for relevance, engagement/)
  })
})
