import {
  CategoryScale,
  Chart as ChartJS,
  Filler,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  RadialLinearScale,
  Tooltip,
} from 'chart.js'
import { useMemo, useState } from 'react'
import { Line, Radar } from 'react-chartjs-2'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import {
  listPersonGaps,
  trackCoverageOverTime,
  type SkillMatrix,
} from '../../../../shared/domain/skills'
import { SelectField } from '../../ui/SelectField'
import type { MatrixData } from '../../db/repositories/matrix-data'
import { readCssColor } from '../../ui/css-color'

ChartJS.register(
  RadialLinearScale,
  PointElement,
  LineElement,
  Filler,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
)

const seriesColors = ['#2e6b4c', '#c98a2b', '#2f5f8f', '#b42318', '#6b4c9a', '#1f7a7a']

/** Person against role (radar) and coverage of critical skills over the last year (line). */
export function GapCharts(props: { data: MatrixData; model: SkillMatrix }) {
  const { data, model } = props
  const people = useMemo(
    () =>
      [...model.rows.values()]
        .filter((row) => row.requiredCount > 0)
        .sort((a, b) => a.name.localeCompare(b.name)),
    [model],
  )
  const [personId, setPersonId] = useState(people[0]?.personId ?? '')
  const textColor = readCssColor('--color-text-muted', '#56625c')
  const gridColor = readCssColor('--color-border', '#d9ddd7')

  const required = useMemo(() => {
    const person = model.people.get(personId)
    if (!person) return []
    return [...model.skills.values()]
      .map((skill) => ({ skill, cell: model.getCell(person.id, skill.id) }))
      .filter((entry) => entry.cell.required !== null)
  }, [model, personId])
  const gaps = listPersonGaps(model, personId)

  const coverage = useMemo(
    () =>
      trackCoverageOverTime({
        ...data,
        settings: data.settings,
        today: toLocalIsoDate(new Date()),
        months: 12,
      }).slice(0, 6),
    [data],
  )

  return (
    <div className="card-grid">
      <section className="card" aria-labelledby="radar-title">
        <h2 id="radar-title">Person against role</h2>
        <SelectField
          id="radar-person"
          label="Person"
          value={personId}
          options={people.map((row) => ({ value: row.personId, label: row.name }))}
          onChange={setPersonId}
        />
        <div className="chart-box">
          <Radar
            role="img"
            aria-label={`Radar chart of required against current levels for ${model.people.get(personId)?.displayName ?? ''}. ${gaps.length === 0 ? 'No gaps.' : `Gaps: ${gaps.map((gap) => `${gap.skillName} ${gap.gap}`).join(', ')}.`}`}
            data={{
              labels: required.map((entry) => entry.skill.name),
              datasets: [
                {
                  label: 'Required',
                  data: required.map((entry) => entry.cell.required ?? 0),
                  borderColor: '#c98a2b',
                  backgroundColor: 'rgb(201 138 43 / 15%)',
                },
                {
                  label: 'Current',
                  data: required.map((entry) => entry.cell.current ?? 0),
                  borderColor: '#2e6b4c',
                  backgroundColor: 'rgb(46 107 76 / 25%)',
                },
              ],
            }}
            options={{
              maintainAspectRatio: false,
              animation: false,
              plugins: { legend: { labels: { color: textColor } } },
              scales: {
                r: {
                  min: 0,
                  max: data.scale.at(-1)?.level ?? 4,
                  ticks: { stepSize: 1, color: textColor, backdropColor: 'transparent' },
                  grid: { color: gridColor },
                  angleLines: { color: gridColor },
                  pointLabels: { color: textColor, font: { size: 11 } },
                },
              },
            }}
          />
        </div>
      </section>
      <section className="card" aria-labelledby="coverage-title">
        <h2 id="coverage-title">Coverage of critical skills over time</h2>
        <p className="muted">
          Share of the people who need each skill who are at the required level, month by month.
        </p>
        <div className="chart-box">
          <Line
            role="img"
            aria-label={`Line chart of coverage over the last 12 months. Now: ${coverage.map((series) => `${series.skillName} ${Math.round((series.points.at(-1)?.holderShare ?? 0) * 100)}%`).join(', ')}.`}
            data={{
              labels: coverage[0]?.points.map((point) => point.month) ?? [],
              datasets: coverage.map((series, index) => ({
                label: series.skillName,
                data: series.points.map((point) => Math.round(point.holderShare * 100)),
                borderColor: seriesColors[index % seriesColors.length],
                backgroundColor: seriesColors[index % seriesColors.length],
                tension: 0.2,
              })),
            }}
            options={{
              maintainAspectRatio: false,
              animation: false,
              plugins: {
                legend: { position: 'bottom', labels: { color: textColor, boxWidth: 12 } },
              },
              scales: {
                y: {
                  min: 0,
                  max: 100,
                  ticks: { color: textColor, callback: (value) => `${value}%` },
                  grid: { color: gridColor },
                },
                x: { ticks: { color: textColor }, grid: { color: gridColor } },
              },
            }}
          />
        </div>
      </section>
    </div>
  )
}
