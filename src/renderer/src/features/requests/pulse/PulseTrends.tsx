import {
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js'
import { useId } from 'react'
import { Line } from 'react-chartjs-2'
import type { PulseTrendPoint } from '../../../../../shared/domain/requests'
import { useThemeStore } from '../../../app/theme'
import { formatDate } from '../../../ui/format'
import { formatAverage, formatEnps } from './pulse-text'
import { readCssColor } from '../../../ui/css-color'

ChartJS.register(CategoryScale, PointElement, LineElement, LinearScale, Tooltip, Legend)

type Trend = { key: string; label: string; points: PulseTrendPoint[] }

const seriesColors = ['--color-series-1', '--color-series-2', '--color-info', '--color-danger']
const fallbackColors = ['#2e6b4c', '#c98a2b', '#2f5f8f', '#b42318']

/** eNPS and each agreement question across pulses, oldest to newest; hidden pulses are gaps. */
export function PulseTrends(props: { trends: Trend[] }) {
  const headingId = useId()
  // Colors come from the theme's tokens: draw again when it changes.
  useThemeStore((state) => state.preference)
  const [enps, ...questions] = props.trends
  const pointCount = enps?.points.length ?? 0
  if (!enps || pointCount < 2) return null
  return (
    <section className="card pulse-trends" aria-labelledby={headingId}>
      <h2 id={headingId}>Across pulses</h2>
      <div className="pulse-trend-grid">
        <TrendChart
          title="eNPS"
          trends={[enps]}
          range={{ min: -100, max: 100 }}
          format={formatEnps}
        />
        <TrendChart
          title="Agreement (average, 1 to 5)"
          trends={questions}
          range={{ min: 1, max: 5 }}
          format={formatAverage}
        />
      </div>
    </section>
  )
}

function TrendChart(props: {
  title: string
  trends: Trend[]
  range: { min: number; max: number }
  format: (value: number) => string
}) {
  const { trends, format } = props
  const textColor = readCssColor('--color-text-muted', '#56625c')
  const gridColor = readCssColor('--color-border', '#d9ddd7')
  const labels = trends[0]?.points.map((p) => formatDate(p.date)) ?? []
  const description = trends
    .map((trend) => {
      const values = trend.points.map(
        (p, i) => `${labels[i]}: ${p.value === null ? 'hidden' : format(p.value)}`,
      )
      return `${trend.label} ${values.join(', ')}.`
    })
    .join(' ')
  return (
    <figure className="pulse-trend">
      <figcaption className="pulse-trend-title">{props.title}</figcaption>
      <div className="chart-box pulse-chart-box">
        <Line
          role="img"
          aria-label={`Line chart, ${props.title}. ${description}`}
          data={{
            labels,
            datasets: trends.map((trend, index) => {
              const color = readCssColor(
                seriesColors[index % seriesColors.length]!,
                fallbackColors[index % fallbackColors.length]!,
              )
              return {
                label: trend.label,
                data: trend.points.map((p) => p.value),
                borderColor: color,
                backgroundColor: color,
                borderWidth: 2,
                pointRadius: 3,
                spanGaps: false,
              }
            }),
          }}
          options={{
            animation: false,
            maintainAspectRatio: false,
            plugins: {
              legend: {
                display: trends.length > 1,
                position: 'bottom',
                labels: { color: textColor, boxWidth: 12 },
              },
              tooltip: {
                callbacks: {
                  label: (item) => `${item.dataset.label}: ${format(Number(item.parsed.y))}`,
                },
              },
            },
            scales: {
              x: { ticks: { color: textColor }, grid: { color: gridColor } },
              y: {
                ...props.range,
                ticks: { color: textColor },
                grid: { color: gridColor },
              },
            },
          }}
        />
      </div>
      <details>
        <summary>The chart as text</summary>
        <p>{description}</p>
      </details>
    </figure>
  )
}
