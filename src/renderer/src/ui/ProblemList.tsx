import { AlertTriangle, CircleX } from 'lucide-react'

export interface ListedProblem {
  row: number | null
  column: number | null
  message: string
  severity: 'error' | 'warning'
}

const maxShown = 200

/** Problems by row and column, errors first; a long list is cut with a count of the rest. */
export function ProblemList(props: {
  title: string
  problems: ListedProblem[]
  columnNames?: string[]
}) {
  const sorted = [...props.problems].sort((a, b) =>
    a.severity === b.severity ? (a.row ?? 0) - (b.row ?? 0) : a.severity === 'error' ? -1 : 1,
  )
  const where = (problem: ListedProblem): string => {
    const parts = []
    if (problem.row !== null) parts.push(`Row ${problem.row}`)
    if (problem.column !== null)
      parts.push(
        `column ${props.columnNames?.[problem.column - 1] ? `“${props.columnNames[problem.column - 1]}”` : problem.column}`,
      )
    return parts.join(', ')
  }
  return (
    <div className="problem-list">
      <h3>
        {props.title} ({props.problems.length})
      </h3>
      <ul>
        {sorted.slice(0, maxShown).map((problem, index) => (
          <li key={index} className={`problem problem-${problem.severity}`}>
            {problem.severity === 'error' ? (
              <CircleX size={16} aria-label="Error" />
            ) : (
              <AlertTriangle size={16} aria-label="Warning" />
            )}
            <span>
              {where(problem) ? <strong>{where(problem)}: </strong> : null}
              {problem.message}
            </span>
          </li>
        ))}
      </ul>
      {sorted.length > maxShown ? (
        <p className="muted">…and {sorted.length - maxShown} more.</p>
      ) : null}
    </div>
  )
}
