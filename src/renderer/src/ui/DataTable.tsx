import type { ReactNode } from 'react'

/** A column's heading: its text, or its heading with numbers aligned to the right. */
export type Column = string | { label: ReactNode; isNumeric?: boolean }

/**
 * A `data-table` with one row of column headings; the rows are its children. With `hasActions`
 * the last column holds each row's buttons and its heading, "Actions", is read only by screen
 * readers.
 */
export function DataTable(props: {
  columns: Column[]
  hasActions?: boolean
  /** Added to `data-table`. */
  className?: string
  children: ReactNode
}) {
  return (
    <table className={props.className ? `data-table ${props.className}` : 'data-table'}>
      <thead>
        <tr>
          {props.columns.map((column, index) =>
            typeof column === 'string' ? (
              <th key={index} scope="col">
                {column}
              </th>
            ) : (
              <th key={index} scope="col" className={column.isNumeric ? 'numeric' : undefined}>
                {column.label}
              </th>
            ),
          )}
          {props.hasActions ? (
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>{props.children}</tbody>
    </table>
  )
}

/** The last cell of a row with several buttons: side by side, wrapping, never touching. */
export function RowActions(props: { children: ReactNode }) {
  return (
    <td>
      <div className="row">{props.children}</div>
    </td>
  )
}
