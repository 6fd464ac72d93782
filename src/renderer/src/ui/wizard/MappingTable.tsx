import type { ReactNode } from 'react'

/** A column of the file as the columns step shows it: its index and its header ('' if none). */
export interface FileColumn {
  column: number
  header: string
}

/** The first `count` rows' non-blank values in a column, joined for a glance ('' if all blank). */
export function sampleValues(
  rows: readonly (readonly string[])[],
  column: number,
  count: number,
): string {
  return rows
    .slice(0, count)
    .map((row) => row[column] ?? '')
    .filter((value) => value.trim() !== '')
    .join(' · ')
}

/**
 * The columns step's table: a row per column of the file, with its header and first values, then
 * the cells in which the user says what the column is (`renderChoices`, one <td> per heading).
 */
export function MappingTable<Column extends FileColumn>(props: {
  columns: readonly Column[]
  rows: readonly (readonly string[])[]
  /** How many rows the first values come from. */
  sampleCount: number
  /** The headings of the choice cells, after "Column in the file" and "First values". */
  choiceHeadings: readonly string[]
  renderChoices: (column: Column) => ReactNode
  /** An extra class on the table, for a wizard's own column widths. */
  className?: string
  /** Puts the table in a box that scrolls sideways, for tables wider than the page. */
  isScrollable?: boolean
}) {
  const table = (
    <table className={['data-table mapping-table', props.className].filter(Boolean).join(' ')}>
      <thead>
        <tr>
          <th scope="col">Column in the file</th>
          <th scope="col">First values</th>
          {props.choiceHeadings.map((heading) => (
            <th key={heading} scope="col">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.columns.map((column) => (
          <tr key={column.column}>
            <th scope="row">
              {column.header || (
                <span className="muted">(no header, column {column.column + 1})</span>
              )}
            </th>
            <td className="sample-values">
              {sampleValues(props.rows, column.column, props.sampleCount) || (
                <span className="muted">empty</span>
              )}
            </td>
            {props.renderChoices(column)}
          </tr>
        ))}
      </tbody>
    </table>
  )
  return props.isScrollable ? <div className="table-scroll">{table}</div> : table
}

/**
 * What stops the columns step: choices that clash (two columns read as one field) and fields
 * no column gives yet.
 */
export function MappingProblems(props: {
  conflicts: ReadonlyArray<{ key: string; message: string }>
  gaps: readonly string[]
}) {
  return (
    <>
      {props.conflicts.length > 0 ? (
        <ul className="inline-errors" aria-label="Column problems">
          {props.conflicts.map((conflict) => (
            <li key={conflict.key} className="field-error">
              {conflict.message}
            </li>
          ))}
        </ul>
      ) : null}
      {props.gaps.map((gap) => (
        <p key={gap} className="field-error">
          {gap}
        </p>
      ))}
    </>
  )
}
