/** A reaction survey row read from a CSV, before it is matched to an enrolment. */
export interface ReactionCsvRow {
  person: string
  relevance: number
  engagement: number
  wouldRecommend: boolean
  comment: string
  date: string
  /** Where it came from: the spreadsheet row (the header is row 1). */
  row?: number
}

export interface ReactionCsvProblem {
  /** Spreadsheet row: the header is row 1. */
  row: number
  message: string
}

/** The header of the template, and the names each column is recognised by. */
export const reactionCsvTemplate = [
  ['Person', 'Relevance', 'Engagement', 'Would recommend', 'Comment', 'Date'],
  ['Ada Byrne', '5', '4', 'yes', 'Useful from the first hour.', '2026-03-02'],
]

const columnNames: Record<Exclude<keyof ReactionCsvRow, 'row'>, string[]> = {
  person: ['person', 'name', 'participant', 'email', 'employee id', 'employee'],
  relevance: ['relevance', 'relevant'],
  engagement: ['engagement', 'engaging'],
  wouldRecommend: ['would recommend', 'recommend', 'would you recommend'],
  comment: ['comment', 'comments', 'note'],
  date: ['date', 'answered', 'submitted'],
}

const yes = new Set(['yes', 'y', 'true', '1', 'ja', 'oui', 'sí', 'si'])
const no = new Set(['no', 'n', 'false', '0', 'nein', 'non'])

function normalize(header: string): string {
  return header.toLocaleLowerCase().replace(/[?_]+/g, ' ').replace(/\s+/g, ' ').trim()
}

/**
 * Reads survey rows from CSV cells: columns are found by name, ratings must be whole numbers
 * 1-5, "would recommend" yes/no, and a missing date becomes `today`. Rows with a problem are
 * reported with their spreadsheet row number and left out.
 */
export function readReactionCsv(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  today: string,
): { rows: ReactionCsvRow[]; problems: ReactionCsvProblem[] } {
  const index = {} as Record<Exclude<keyof ReactionCsvRow, 'row'>, number>
  const normalized = headers.map(normalize)
  for (const [field, names] of Object.entries(columnNames) as [
    Exclude<keyof ReactionCsvRow, 'row'>,
    string[],
  ][]) {
    index[field] = normalized.findIndex((header) => names.includes(header))
  }
  const missing = (['person', 'relevance', 'engagement'] as const).filter((f) => index[f] < 0)
  if (missing.length > 0) {
    return {
      rows: [],
      problems: [
        {
          row: 1,
          message: `No column for ${missing.join(', ')}. The first row must name the columns: ${reactionCsvTemplate[0]!.join(', ')}.`,
        },
      ],
    }
  }
  const result: ReactionCsvRow[] = []
  const problems: ReactionCsvProblem[] = []
  rows.forEach((cells, offset) => {
    const row = offset + 2
    const cell = (field: Exclude<keyof ReactionCsvRow, 'row'>) =>
      index[field] < 0 ? '' : (cells[index[field]] ?? '').trim()
    if (cells.every((value) => value.trim() === '')) return
    const person = cell('person')
    if (person === '') {
      problems.push({ row, message: 'No person named.' })
      return
    }
    const rating = (field: 'relevance' | 'engagement'): number | null => {
      const value = Number(cell(field))
      return Number.isInteger(value) && value >= 1 && value <= 5 ? value : null
    }
    const relevance = rating('relevance')
    const engagement = rating('engagement')
    if (relevance === null || engagement === null) {
      problems.push({
        row,
        message: `${person}: relevance and engagement must be whole numbers from 1 to 5.`,
      })
      return
    }
    const recommend = cell('wouldRecommend').toLocaleLowerCase()
    if (recommend !== '' && !yes.has(recommend) && !no.has(recommend)) {
      problems.push({ row, message: `${person}: “${recommend}” is not yes or no.` })
      return
    }
    const date = cell('date') || today
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || date > today) {
      problems.push({
        row,
        message: `${person}: the date must be YYYY-MM-DD and not in the future.`,
      })
      return
    }
    result.push({
      person,
      relevance,
      engagement,
      // Left empty: read from the ratings, as the manual form suggests.
      wouldRecommend: recommend === '' ? relevance + engagement >= 7 : yes.has(recommend),
      comment: cell('comment'),
      date,
      row,
    })
  })
  return { rows: result, problems }
}
