import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  type ChartConfiguration,
} from 'chart.js'
import type { ReviewPacket } from '../../../../shared/domain/reviews/packet'

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend)

// An opaque canvas gives a PNG without an alpha channel, which the PDF embeds without decoding it.
const whiteBackground = {
  id: 'white-background',
  beforeDraw(chart: Chart) {
    const { ctx, width, height } = chart
    ctx.save()
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, width, height)
    ctx.restore()
  },
}

/** Draws a chart.js chart off screen and returns it as a PNG data URL for the PDF. */
function drawPng(config: ChartConfiguration<'bar'>, width: number, height: number): string {
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  canvas.getContext('2d', { alpha: false })
  const chart = new Chart(canvas, {
    ...config,
    plugins: [whiteBackground],
    options: { ...config.options, animation: false, responsive: false, devicePixelRatio: 1.5 },
  })
  const url = chart.toBase64Image('image/png', 1)
  chart.destroy()
  return url
}

const ink = '#1f2a24'

export function drawSkillsChart(packet: ReviewPacket): string | null {
  if (packet.skills.length === 0) return null
  const top = Math.max(...packet.scale.map((s) => s.level), 1)
  return drawPng(
    {
      type: 'bar',
      data: {
        labels: packet.skills.map((s) => s.name),
        datasets: [
          {
            label: 'Current',
            data: packet.skills.map((s) => s.current ?? 0),
            backgroundColor: '#2e6b4c',
          },
          {
            label: 'Required',
            data: packet.skills.map((s) => s.required ?? 0),
            backgroundColor: '#c98a2b',
          },
        ],
      },
      options: {
        indexAxis: 'y',
        scales: {
          x: { min: 0, max: top, ticks: { stepSize: 1, color: ink } },
          y: { ticks: { color: ink, autoSkip: false } },
        },
        plugins: { legend: { labels: { color: ink } } },
      },
    },
    700,
    Math.min(900, 80 + packet.skills.length * 28),
  )
}

export function drawGoalsChart(packet: ReviewPacket): string | null {
  const goals = packet.goals.filter((g) => g.progress !== null)
  if (goals.length === 0) return null
  return drawPng(
    {
      type: 'bar',
      data: {
        labels: goals.map((g) => (g.title.length > 40 ? `${g.title.slice(0, 39)}…` : g.title)),
        datasets: [
          {
            label: 'Key results reached (%)',
            data: goals.map((g) => Math.round((g.progress ?? 0) * 100)),
            backgroundColor: '#2f5f8f',
          },
        ],
      },
      options: {
        indexAxis: 'y',
        scales: {
          x: { min: 0, max: 100, ticks: { color: ink } },
          y: { ticks: { color: ink, autoSkip: false } },
        },
        plugins: { legend: { labels: { color: ink } } },
      },
    },
    700,
    Math.min(700, 80 + goals.length * 30),
  )
}
