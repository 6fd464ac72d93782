import type { MonthActivity } from '../../../../shared/domain/dashboard/summary'

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short' })

function formatMonth(month: string): string {
  return monthFormat.format(new Date(`${month}-15T12:00:00`))
}

/** Paired bars with the numbers written on them: readable without colour, and a table for screen readers. */
export function AdoptionChart(props: { months: MonthActivity[] }) {
  const max = Math.max(1, ...props.months.flatMap((month) => [month.checkins, month.feedback]))
  return (
    <figure className="adoption">
      <div className="adoption-bars" aria-hidden>
        {props.months.map((month) => (
          <div key={month.month} className="adoption-month">
            <div className="adoption-pair">
              <div
                className="bar bar-checkins"
                style={{ height: `${(month.checkins / max) * 100}%` }}
              >
                <span>{month.checkins}</span>
              </div>
              <div
                className="bar bar-feedback"
                style={{ height: `${(month.feedback / max) * 100}%` }}
              >
                <span>{month.feedback}</span>
              </div>
            </div>
            <div className="adoption-label">{formatMonth(month.month)}</div>
          </div>
        ))}
      </div>
      <figcaption className="legend">
        <span className="legend-item">
          <span className="swatch bar-checkins" aria-hidden /> Check-ins
        </span>
        <span className="legend-item">
          <span className="swatch bar-feedback" aria-hidden /> Feedback entries
        </span>
      </figcaption>
      <table className="visually-hidden">
        <caption>Check-ins and feedback entries per month</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Check-ins</th>
            <th scope="col">Feedback entries</th>
          </tr>
        </thead>
        <tbody>
          {props.months.map((month) => (
            <tr key={month.month}>
              <th scope="row">{month.month}</th>
              <td>{month.checkins}</td>
              <td>{month.feedback}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
