import type { Assessment } from '../../../../shared/model'

/** A small line of the levels over time; the list beside it carries the same facts as text. */
export function TrendLine(props: { history: Assessment[]; maxLevel: number }) {
  const { history, maxLevel } = props
  if (history.length < 2) return null
  const width = 160
  const height = 40
  const times = history.map((entry) => Date.parse(entry.date))
  const first = times[0]!
  const span = Math.max(1, times[times.length - 1]! - first)
  const points = history
    .map((entry, index) => {
      const x = ((times[index]! - first) / span) * (width - 8) + 4
      const y = height - 4 - (entry.level / Math.max(1, maxLevel)) * (height - 8)
      return `${x.toFixed(1)},${y.toFixed(1)}`
    })
    .join(' ')
  return (
    <svg
      className="trend-line"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden
    >
      <polyline
        points={points}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
      />
    </svg>
  )
}
