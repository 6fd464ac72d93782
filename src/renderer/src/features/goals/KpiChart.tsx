import {
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
  type ChartDataset,
} from 'chart.js'
import { Line } from 'react-chartjs-2'
import { describeKpiChart, type KpiChartModel } from '../../../../shared/domain/goals/kpi-chart'
import type { Kpi } from '../../../../shared/model'
import { formatDate } from '../../ui/format'
import { readCssColor } from '../../ui/css-color'

ChartJS.register(PointElement, LineElement, LinearScale, Tooltip, Legend)

const dayMs = 86_400_000

function toDay(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / dayMs
}

function fromDay(day: number): string {
  return new Date(Math.round(day) * dayMs).toISOString().slice(0, 10)
}

type Point = { x: number; y: number | null }

/** A KPI's series as a line, with goal targets (dashed) and training dates (vertical lines). */
export function KpiChart(props: { model: KpiChartModel; kpi: Kpi; subjectName: string }) {
  const { model, kpi, subjectName } = props
  const description = describeKpiChart(model, kpi, subjectName)
  const textColor = readCssColor('--color-text-muted', '#56625c')
  const gridColor = readCssColor('--color-border', '#d9ddd7')
  const values = [...model.points.map((p) => p.value), ...model.targets.map((t) => t.value)]
  const low = values.length > 0 ? Math.min(...values) : 0
  const high = values.length > 0 ? Math.max(...values) : 1
  const pad = (high - low) * 0.08 || Math.abs(high) * 0.1 || 1
  const firstDay = model.points.length > 0 ? toDay(model.points[0]!.date) : null
  const lastDay =
    model.points.length > 0 ? toDay(model.points[model.points.length - 1]!.date) : null
  const trainings = model.trainings.filter(
    (mark) =>
      firstDay === null ||
      lastDay === null ||
      (toDay(mark.date) >= firstDay - 30 && toDay(mark.date) <= lastDay + 30),
  )
  const unit = kpi.unit ? ` ${kpi.unit}` : ''
  const days = [
    ...model.points.map((p) => toDay(p.date)),
    ...model.targets.flatMap((t) => [toDay(t.start), toDay(t.end)]),
    ...trainings.map((mark) => toDay(mark.date)),
  ]
  const xBounds = days.length > 0 ? { min: Math.min(...days) - 3, max: Math.max(...days) + 3 } : {}

  const datasets: ChartDataset<'line', Point[]>[] = [
    {
      label: kpi.name,
      data: model.points.map((p) => ({ x: toDay(p.date), y: p.value })),
      borderColor: readCssColor('--color-series-1', '#2e6b4c'),
      backgroundColor: readCssColor('--color-series-1', '#2e6b4c'),
      pointRadius: model.points.length > 60 ? 0 : 2,
      borderWidth: 2,
      tension: 0.2,
    },
  ]
  if (model.targets.length > 0) {
    datasets.push({
      label: 'Goal targets',
      data: model.targets.flatMap((t) => [
        { x: toDay(t.start), y: t.value },
        { x: toDay(t.end), y: t.value },
        { x: toDay(t.end), y: null },
      ]),
      borderColor: readCssColor('--color-series-2', '#c98a2b'),
      backgroundColor: readCssColor('--color-series-2', '#c98a2b'),
      borderDash: [6, 4],
      borderWidth: 2,
      pointRadius: 3,
      spanGaps: false,
    })
  }
  if (trainings.length > 0) {
    datasets.push({
      label: 'Training',
      data: trainings.flatMap((mark) => [
        { x: toDay(mark.date), y: low - pad },
        { x: toDay(mark.date), y: high + pad },
        { x: toDay(mark.date), y: null },
      ]),
      borderColor: readCssColor('--color-series-3', '#2f5f8f'),
      backgroundColor: readCssColor('--color-series-3', '#2f5f8f'),
      borderWidth: 1,
      borderDash: [2, 3],
      pointRadius: 0,
      spanGaps: false,
    })
  }

  return (
    <figure className="kpi-chart">
      <div className="chart-box kpi-chart-box">
        <Line
          role="img"
          aria-label={`Line chart. ${description}`}
          data={{ datasets }}
          options={{
            animation: false,
            maintainAspectRatio: false,
            parsing: false,
            plugins: {
              legend: { labels: { color: textColor } },
              tooltip: {
                callbacks: {
                  title: (items) => (items[0] ? formatDate(fromDay(items[0].parsed.x ?? 0)) : ''),
                  label: (item) => {
                    if (item.datasetIndex === 0) return `${kpi.name}: ${item.parsed.y}${unit}`
                    if (item.dataset.label === 'Goal targets') {
                      const target = model.targets[Math.floor(item.dataIndex / 3)]
                      return target ? `Target ${target.value}${unit}: ${target.label}` : ''
                    }
                    const mark = trainings[Math.floor(item.dataIndex / 3)]
                    return mark ? `Training: ${mark.label}` : ''
                  },
                },
              },
            },
            scales: {
              x: {
                type: 'linear',
                ...xBounds,
                ticks: {
                  color: textColor,
                  maxTicksLimit: 8,
                  // The bounds are the data's first and last day, not round steps: shown as ticks
                  // they crowd the next label ("Jun 6, 2025Jul 31, 2025").
                  includeBounds: false,
                  callback: (value) => formatDate(fromDay(Number(value))),
                },
                grid: { color: gridColor },
              },
              y: {
                min: low - pad,
                max: high + pad,
                ticks: { color: textColor, includeBounds: false },
                grid: { color: gridColor },
                title: { display: kpi.unit !== '', text: kpi.unit, color: textColor },
              },
            },
          }}
        />
      </div>
      <figcaption>
        <details>
          <summary>The chart as text</summary>
          <p>{description}</p>
        </details>
      </figcaption>
    </figure>
  )
}
