import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from 'chart.js'
import { Bar } from 'react-chartjs-2'
import type { Adoption } from '../../../../shared/domain/evaluation'
import { readCssColor } from '../../ui/css-color'

ChartJS.register(BarElement, CategoryScale, LinearScale, Tooltip, Legend)

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' })

function formatMonth(month: string): string {
  return monthFormat.format(new Date(`${month}-15T12:00:00`))
}

const series = [
  { key: 'checkins', label: 'Check-ins held', color: ['--color-series-1', '#2e6b4c'] },
  { key: 'feedback', label: 'Feedback entries', color: ['--color-series-2', '#c98a2b'] },
  { key: 'goalUpdates', label: 'Goal updates', color: ['', '#2f5f8f'] },
  { key: 'assessments', label: 'Assessments', color: ['', '#8a5a9e'] },
] as const

/** Four habits per month, as bars, with a table of the same numbers and one row per rater. */
export function AdoptionSixMonths(props: { adoption: Adoption }) {
  const { months, raters } = props.adoption
  const textColor = readCssColor('--color-text-muted', '#56625c')
  const gridColor = readCssColor('--color-border', '#d9ddd7')
  const activeRaters = raters
    .map((rater) => ({
      ...rater,
      checkins: rater.months.reduce((sum, m) => sum + m.checkins, 0),
      feedback: rater.months.reduce((sum, m) => sum + m.feedback, 0),
      assessments: rater.months.reduce((sum, m) => sum + m.assessments, 0),
      monthsWithCheckins: rater.months.filter((m) => m.checkins > 0).length,
    }))
    .filter((rater) => rater.checkins + rater.feedback > 0)
    .sort((a, b) => b.checkins - a.checkins || a.name.localeCompare(b.name))
  return (
    <>
      <figure className="adoption-chart">
        <div className="adoption-canvas" aria-hidden>
          <Bar
            data={{
              labels: months.map((m) => formatMonth(m.month)),
              datasets: series.map((s) => ({
                label: s.label,
                data: months.map((m) => m[s.key]),
                backgroundColor: s.color[0] ? readCssColor(s.color[0], s.color[1]) : s.color[1],
              })),
            }}
            options={{
              maintainAspectRatio: false,
              animation: false,
              plugins: { legend: { labels: { color: textColor } } },
              scales: {
                x: { ticks: { color: textColor }, grid: { display: false } },
                y: { beginAtZero: true, ticks: { color: textColor }, grid: { color: gridColor } },
              },
            }}
          />
        </div>
        <figcaption className="visually-hidden">
          Check-ins held, feedback entries, goal updates and assessments per month, last six months;
          the table below has the numbers.
        </figcaption>
      </figure>
      <table className="data-table adoption-table">
        <caption className="visually-hidden">Activity per month</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            {series.map((s) => (
              <th key={s.key} scope="col" className="numeric">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {months.map((month) => (
            <tr key={month.month}>
              <th scope="row">{formatMonth(month.month)}</th>
              {series.map((s) => (
                <td key={s.key} className="numeric">
                  {month[s.key]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {activeRaters.length > 1 ? (
        <details className="adoption-raters">
          <summary>Per manager ({activeRaters.length})</summary>
          <table className="data-table">
            <caption className="visually-hidden">Activity per manager, last six months</caption>
            <thead>
              <tr>
                <th scope="col">Manager</th>
                <th scope="col" className="numeric">
                  Check-ins held
                </th>
                <th scope="col" className="numeric">
                  Months with a check-in
                </th>
                <th scope="col" className="numeric">
                  Feedback given
                </th>
                <th scope="col" className="numeric">
                  Assessments
                </th>
              </tr>
            </thead>
            <tbody>
              {activeRaters.map((rater) => (
                <tr key={rater.raterId}>
                  <th scope="row">{rater.name}</th>
                  <td className="numeric">{rater.checkins}</td>
                  <td className="numeric">{rater.monthsWithCheckins} of 6</td>
                  <td className="numeric">{rater.feedback}</td>
                  <td className="numeric">{rater.assessments}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </>
  )
}
