import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from 'chart.js'
import { useMemo, useState } from 'react'
import { Bar } from 'react-chartjs-2'
import {
  buildSkillMatrix,
  findSinglePointsOfFailure,
  listSystemicGaps,
  rankTrainingImpact,
  summarizeAllPeople,
} from '../../../../shared/domain/skills'
import type { DemandSource, WorkspaceSettings } from '../../../../shared/model'
import { GapCharts } from './GapCharts'
import { listOwnerNames, OwnersNote } from './OwnersNote'
import type { MatrixData } from '../../db/repositories/matrix-data'
import { useCurrentWorkspace } from '../../app/workspace-store'

ChartJS.register(BarElement, CategoryScale, LinearScale, Tooltip, Legend)

const demandLabels: Record<DemandSource | 'all', string> = {
  all: 'All demand',
  role: 'Role requirements',
  'business-goal': 'Business goals',
  'review-problem': 'Problems seen in reviews',
  aspiration: 'Employee aspirations',
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`
}

/** Systemic against individual gaps, single points of failure, and where training helps most. */
export function GapAnalysis(props: {
  data: MatrixData
  onSettingsChanged: (changes: Partial<WorkspaceSettings>) => void
}) {
  const { data, onSettingsChanged } = props
  const { db } = useCurrentWorkspace()
  const [demand, setDemand] = useState<DemandSource | 'all'>('all')
  const [thresholdPercent, setThresholdPercent] = useState(
    Math.round(data.settings.systemicGapThreshold * 100),
  )
  const systemicGapThreshold = thresholdPercent / 100
  const analysis = useMemo(() => {
    const model = buildSkillMatrix({
      ...data,
      settings: { ...data.settings, systemicGapThreshold },
      filter: { demandSources: demand === 'all' ? [] : [demand] },
    })
    return {
      model,
      systemic: listSystemicGaps(model),
      alerts: findSinglePointsOfFailure(model),
      impact: rankTrainingImpact(model).slice(0, 10),
      people: summarizeAllPeople(model)
        .filter((person) => person.totalGap > 0)
        .slice(0, 10),
    }
  }, [data, demand, systemicGapThreshold])
  const threshold = percent(systemicGapThreshold)
  const chartColumns = [...analysis.model.columns.values()]
    .filter((column) => column.totalGap > 0)
    .sort((a, b) => b.totalGap - a.totalGap)
    .slice(0, 15)
  const styles = getComputedStyle(document.documentElement)
  const textColor = styles.getPropertyValue('--color-text-muted').trim() || '#56625c'

  return (
    <div className="gap-analysis">
      <div className="toolbar">
        <div className="field">
          <label htmlFor="gap-demand">Where the demand comes from</label>
          <select
            id="gap-demand"
            value={demand}
            onChange={(event) => setDemand(event.target.value as DemandSource | 'all')}
          >
            {Object.entries(demandLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="gap-threshold">Systemic when at least this share is below (%)</label>
          <input
            id="gap-threshold"
            type="number"
            min={5}
            max={100}
            step={5}
            value={thresholdPercent}
            onChange={(event) => {
              const value = Math.min(100, Math.max(5, Math.round(Number(event.target.value) || 40)))
              setThresholdPercent(value)
              void db.settings.put({ key: 'systemicGapThreshold', value: value / 100 })
              onSettingsChanged({ systemicGapThreshold: value / 100 })
            }}
          />
        </div>
      </div>
      <div className="card-grid">
        <section className="card" aria-labelledby="systemic-title">
          <h2 id="systemic-title">Systemic gaps</h2>
          <p className="muted">
            At least {threshold} of the people who need the skill are below the required level: a
            team problem, best met with team training.
          </p>
          {analysis.systemic.length === 0 ? (
            <p>None: the gaps that exist are individual.</p>
          ) : (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Skill</th>
                  <th scope="col" className="numeric">
                    Below
                  </th>
                  <th scope="col" className="numeric">
                    Share
                  </th>
                </tr>
              </thead>
              <tbody>
                {analysis.systemic.map((gap) => (
                  <tr key={gap.skillId}>
                    <th scope="row">
                      {gap.name}
                      {gap.isCritical ? (
                        <span className="badge badge-critical">Critical</span>
                      ) : null}
                    </th>
                    <td className="numeric">
                      {gap.belowCount} of {gap.needCount}
                    </td>
                    <td className="numeric">{percent(gap.shareBelow)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section className="card" aria-labelledby="spof-title">
          <h2 id="spof-title">Single points of failure</h2>
          <p className="muted">
            Critical skills held at the required level by one person or nobody.
          </p>
          {analysis.alerts.length === 0 ? (
            <p>None: every critical skill has at least two people at the required level.</p>
          ) : (
            <ul className="alert-list">
              {analysis.alerts.map((alert) => (
                <li key={alert.skillId}>
                  <strong>{alert.kind === 'no-holder' ? 'Nobody' : 'One person'}</strong> ·{' '}
                  {alert.message}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section className="card" aria-labelledby="impact-title">
        <h2 id="impact-title">Where training helps most</h2>
        <p className="muted">
          Score = the sum of everyone’s gap in the skill, doubled for critical skills.
        </p>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col" className="numeric">
                Score
              </th>
              <th scope="col" className="numeric">
                People
              </th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {analysis.impact.map((entry) => (
              <tr key={entry.skillId}>
                <th scope="row">{entry.skillName}</th>
                <td className="numeric">{entry.score}</td>
                <td className="numeric">{entry.affectedCount}</td>
                <td>{entry.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <GapCharts data={data} model={analysis.model} />
      <div className="card-grid">
        <section className="card" aria-labelledby="gap-chart-title">
          <h2 id="gap-chart-title">Total gap by skill</h2>
          <div className="chart-box">
            <Bar
              aria-label="Bar chart of the total gap per skill; the same figures are in the table of where training helps most"
              role="img"
              data={{
                labels: chartColumns.map((column) => column.name),
                datasets: [
                  {
                    label: 'Total gap (levels)',
                    data: chartColumns.map((column) => column.totalGap),
                    backgroundColor: '#c98a2b',
                  },
                ],
              }}
              options={{
                indexAxis: 'y',
                maintainAspectRatio: false,
                animation: false,
                plugins: { legend: { display: false } },
                scales: { x: { ticks: { color: textColor } }, y: { ticks: { color: textColor } } },
              }}
            />
          </div>
        </section>
        <section className="card" aria-labelledby="people-gaps-title">
          <h2 id="people-gaps-title">Largest individual gaps</h2>
          <OwnersNote names={listOwnerNames(analysis.model)} />
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col" className="numeric">
                  Gaps
                </th>
                <th scope="col">Largest</th>
              </tr>
            </thead>
            <tbody>
              {analysis.people.map((person) => (
                <tr key={person.personId}>
                  <th scope="row">
                    <a href={`#/people/${encodeURIComponent(person.personId)}`}>{person.name}</a>
                  </th>
                  <td className="numeric">
                    {person.gapCount} ({person.totalGap} levels)
                  </td>
                  <td>{person.topGaps.map((gap) => `${gap.skillName} −${gap.gap}`).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </div>
  )
}
