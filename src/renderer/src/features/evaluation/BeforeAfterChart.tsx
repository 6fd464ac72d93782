import { BarElement, CategoryScale, Chart as ChartJS, LinearScale, Tooltip } from 'chart.js'
import { Bar } from 'react-chartjs-2'
import type { ResultsLevel } from '../../../../shared/domain/evaluation'
import { describeResult, formatKpiValue } from '../../../../shared/domain/evaluation/card-wording'
import type { Wording } from '../../../../shared/domain/evaluation/wording'
import { readCssColor } from '../../ui/css-color'

ChartJS.register(BarElement, CategoryScale, LinearScale, Tooltip)

/** The KPI before and after the training (and the target), with the same numbers as a table. */
export function BeforeAfterChart(props: { result: ResultsLevel; id: string; wording: Wording }) {
  const { result, id, wording: w } = props
  const textColor = readCssColor('--color-text-muted', '#56625c')
  const gridColor = readCssColor('--color-border', '#d9ddd7')
  const target = result.targetChange === null ? null : result.before + result.targetChange
  const labels = ['Before', 'After', ...(target === null ? [] : ['Target'])]
  const values = [result.before, result.after, ...(target === null ? [] : [target])]
  const summary = describeResult(result, w)
  // A scale that starts a little below the lowest value, so the smallest bar still shows.
  const low = Math.min(...values)
  const high = Math.max(...values)
  const rawMin = Math.max(0, low - Math.max((high - low) * 0.6, Math.abs(low) * 0.02))
  const step = 10 ** Math.floor(Math.log10(Math.max(high - low, 0.01)))
  const axisMin = Math.floor(rawMin / step) * step
  return (
    <figure className="before-after" aria-labelledby={`${id}-caption`}>
      <div className="before-after-canvas" aria-hidden>
        <Bar
          data={{
            labels,
            datasets: [
              {
                label: result.kpiName,
                data: values,
                backgroundColor: [
                  readCssColor('--color-series-2', '#c98a2b'),
                  readCssColor('--color-series-1', '#2e6b4c'),
                  'transparent',
                ],
                borderColor: [
                  'transparent',
                  'transparent',
                  readCssColor('--color-text-muted', '#56625c'),
                ],
                borderWidth: 2,
              },
            ],
          }}
          options={{
            indexAxis: 'y',
            maintainAspectRatio: false,
            animation: false,
            plugins: {
              legend: { display: false },
              tooltip: {
                callbacks: { label: (item) => formatKpiValue(Number(item.raw), result.unit, w) },
              },
            },
            scales: {
              x: {
                min: axisMin,
                ticks: { color: textColor },
                grid: { color: gridColor },
              },
              y: { ticks: { color: textColor }, grid: { display: false } },
            },
          }}
        />
      </div>
      <figcaption id={`${id}-caption`} className="before-after-caption">
        {summary}
        {result.comparisonChange !== null
          ? `; people not enrolled moved ${w.change(result.comparisonChange, result.unit)} over the same windows (${result.comparisonSubjects} compared)`
          : ''}
        .
      </figcaption>
      <table className="visually-hidden">
        <caption>{result.kpiName} before and after the training</caption>
        <tbody>
          {labels.map((label, index) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{formatKpiValue(values[index]!, result.unit, w)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
