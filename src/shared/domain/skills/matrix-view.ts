import type { MatrixColumn, MatrixRow, SkillMatrix } from './types'

export type MatrixRowSort = 'total-gap' | 'name'
export type MatrixColumnSort = 'model' | 'name' | 'total-gap' | 'share-below'

export interface MatrixRowView {
  /** 'total-gap': largest total first, then by name. Default 'name'. */
  sortBy?: MatrixRowSort
  onlyWithGaps?: boolean
}

export interface MatrixColumnView {
  /** 'model' keeps the order the skills were given in. Default 'model'. */
  sortBy?: MatrixColumnSort
  onlyWithGaps?: boolean
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/** A row's gap as totals see it: none for an owner (owners.ts). */
const countedGap = (row: MatrixRow): number => (row.isCounted ? row.totalGap : 0)

/**
 * The rows to draw, sorted and filtered; cheap enough to run on every render. An owner's row
 * has no gap here: "only with gaps" leaves it out, and it sorts as if it had none.
 */
export function listMatrixRows(model: SkillMatrix, view: MatrixRowView = {}): MatrixRow[] {
  const rows = [...model.rows.values()].filter(
    (row) => !view.onlyWithGaps || (row.isCounted && row.gapCount > 0),
  )
  const byName = (a: MatrixRow, b: MatrixRow): number =>
    collator.compare(a.name, b.name) || compareText(a.personId, b.personId)
  if (view.sortBy === 'total-gap') {
    return rows.sort((a, b) => countedGap(b) - countedGap(a) || byName(a, b))
  }
  return rows.sort(byName)
}

/** The columns to draw, sorted and filtered. */
export function listMatrixColumns(model: SkillMatrix, view: MatrixColumnView = {}): MatrixColumn[] {
  const columns = [...model.columns.values()].filter(
    (column) => !view.onlyWithGaps || column.belowCount > 0,
  )
  const byName = (a: MatrixColumn, b: MatrixColumn): number =>
    collator.compare(a.name, b.name) || compareText(a.skillId, b.skillId)
  switch (view.sortBy) {
    case 'name':
      return columns.sort(byName)
    case 'total-gap':
      return columns.sort((a, b) => b.totalGap - a.totalGap || byName(a, b))
    case 'share-below':
      return columns.sort((a, b) => b.shareBelow - a.shareBelow || byName(a, b))
    default:
      return columns
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
