import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from 'chart.js'
import { Bar } from 'react-chartjs-2'
import type { ReasonCount, TurnoverFigure } from '../../../../../shared/domain/careers'
import { readCssColor } from '../../../ui/css-color'

ChartJS.register(BarElement, CategoryScale, LinearScale, Tooltip, Legend)

function useChartColors() {
  return {
    text: readCssColor('--color-text-muted', '#56625c'),
    grid: readCssColor('--color-border', '#d9ddd7'),
    first: readCssColor('--color-series-1', '#2e6b4c'),
    second: readCssColor('--color-series-2', '#c98a2b'),
  }
}

/** Leaving reasons as stacked horizontal bars: their decision and the business's. */
export function ReasonsChart(props: { reasons: ReasonCount[] }) {
  const colors = useChartColors()
  const { reasons } = props
  return (
    <div className="chart-box" style={{ height: `${Math.max(140, reasons.length * 34 + 60)}px` }}>
      <Bar
        aria-label={`Leaving reasons: ${reasons.map((r) => `${r.reason} ${r.leaverIds.length}`).join(', ')}`}
        role="img"
        data={{
          labels: reasons.map((r) => r.reason),
          datasets: [
            {
              label: 'Their decision',
              data: reasons.map((r) => r.voluntary),
              backgroundColor: colors.first,
            },
            {
              label: 'The business’s',
              data: reasons.map((r) => r.involuntary),
              backgroundColor: colors.second,
            },
          ],
        }}
        options={{
          indexAxis: 'y',
          maintainAspectRatio: false,
          animation: false,
          scales: {
            x: {
              stacked: true,
              ticks: { precision: 0, color: colors.text },
              grid: { color: colors.grid },
            },
            y: { stacked: true, ticks: { color: colors.text }, grid: { display: false } },
          },
          plugins: { legend: { labels: { color: colors.text } } },
        }}
      />
    </div>
  )
}

/** Leavers per fiscal quarter, regretted ones apart. */
export function TurnoverTrendChart(props: { trend: TurnoverFigure[] }) {
  const colors = useChartColors()
  const { trend } = props
  return (
    <div className="chart-box" style={{ height: '220px' }}>
      <Bar
        aria-label={`Leavers by quarter: ${trend.map((t) => `${t.period.key} ${t.leavers.length}`).join(', ')}`}
        role="img"
        data={{
          labels: trend.map((t) => t.period.key),
          datasets: [
            {
              label: 'Regretted',
              data: trend.map((t) => t.regretted.length),
              backgroundColor: colors.second,
            },
            {
              label: 'Not regretted',
              data: trend.map((t) => t.leavers.length - t.regretted.length),
              backgroundColor: colors.first,
            },
          ],
        }}
        options={{
          maintainAspectRatio: false,
          animation: false,
          scales: {
            x: { stacked: true, ticks: { color: colors.text }, grid: { display: false } },
            y: {
              stacked: true,
              ticks: { precision: 0, color: colors.text },
              grid: { color: colors.grid },
            },
          },
          plugins: { legend: { labels: { color: colors.text } } },
        }}
      />
    </div>
  )
}
