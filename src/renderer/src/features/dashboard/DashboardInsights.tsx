import { useLiveQuery } from 'dexie-react-hooks'
import { cadenceLabels } from '../../../../shared/domain/checkins/cadence'
import { formatDaysOverdue } from '../../../../shared/domain/checkins/overdue'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import {
  evaluateInitiatives,
  listAttentionSignals,
  listCheckinsDue,
  listGoalsOffTrack,
  listPlansAtRisk,
  summarizeAdoption,
} from '../../../../shared/domain/evaluation'
import { describeBeforeAfter, formatRoi } from '../../../../shared/domain/evaluation/card-wording'
import { createWording } from '../../../../shared/domain/evaluation/wording'
import { buildSkillMatrix, listSystemicGaps } from '../../../../shared/domain/skills'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { formatDate } from '../../ui/format'
import { loadEvaluationData } from '../../db/repositories/evaluation-data'
import { loadMatrixData } from '../../db/repositories/matrix-data'
import { AdoptionSixMonths } from './AdoptionSixMonths'
import { BiasFlagsCard } from './BiasFlagsCard'
import './dashboard.css'

const signalLabels = {
  'mood-down': 'Mood',
  'kpi-declining': 'KPI',
  'overdue-actions': 'Actions',
  'no-checkin': 'Check-ins',
  'plan-stalled': 'Plan',
} as const

/** Round-robin over the kinds, so one busy kind does not hide the others. */
function interleave<T extends { kind: string }>(items: readonly T[]): T[] {
  const byKind = new Map<string, T[]>()
  for (const item of items) byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item])
  const queues = [...byKind.values()]
  const result: T[] = []
  while (result.length < items.length) {
    for (const queue of queues) {
      const next = queue.shift()
      if (next) result.push(next)
    }
  }
  return result
}

function personLink(personId: string, name: string) {
  return <a href={`#/people/${encodeURIComponent(personId)}`}>{name}</a>
}

/** What needs a manager's attention, and whether training and habits are working. */
export function DashboardInsights() {
  const { db } = useCurrentWorkspace()
  const insights = useLiveQuery(async () => {
    const today = toLocalIsoDate(new Date())
    const [data, matrixData] = await Promise.all([loadEvaluationData(db), loadMatrixData(db)])
    const model = buildSkillMatrix(matrixData)
    return {
      due: listCheckinsDue(data, today),
      signals: interleave(listAttentionSignals(data, today, formatDate)),
      gaps: listSystemicGaps(model).slice(0, 5),
      plans: listPlansAtRisk(data, today),
      goals: listGoalsOffTrack(data, today),
      training: evaluateInitiatives(data, today).filter((card) => card.levels.results !== null),
      adoption: summarizeAdoption(data, today),
      people: new Map(data.people.map((person) => [person.id, person.displayName])),
      wording: createWording(data.currency),
    }
  }, [db])

  if (!insights) {
    return (
      <p className="muted" aria-busy="true">
        Working out what needs attention…
      </p>
    )
  }
  const overdue = insights.due.filter((row) => row.status === 'overdue')
  const dueSoon = insights.due.filter((row) => row.status !== 'overdue')
  return (
    <>
      <div className="card-grid">
        <section className="card" aria-labelledby="due-title">
          <div className="card-header">
            <h2 id="due-title">Check-ins due and overdue</h2>
            <a href="#/checkins">All check-ins</a>
          </div>
          {insights.due.length === 0 ? (
            <p className="muted">
              Everyone has had a check-in within their cadence. Nothing due this week.
            </p>
          ) : (
            <>
              <p className="muted">
                {overdue.length} overdue · {dueSoon.length} due now or in the next 7 days
              </p>
              <ul className="feed due-list">
                {insights.due.slice(0, 8).map((row) => (
                  <li key={row.personId}>
                    <div className="feed-meta">
                      <strong>{personLink(row.personId, row.name)}</strong>
                      <span className={row.status === 'overdue' ? 'tag tag-warning' : 'tag'}>
                        {row.status === 'overdue'
                          ? formatDaysOverdue(row.daysOverdue)
                          : row.status === 'never'
                            ? 'due now'
                            : `due ${formatDate(row.dueDate)}`}
                      </span>
                    </div>
                    <span className="muted">
                      {row.lastDate
                        ? `Last check-in ${formatDate(row.lastDate)}`
                        : 'No check-in yet'}{' '}
                      · {cadenceLabels[row.cadence].toLowerCase()}
                      {row.status === 'overdue' ? ` · was due ${formatDate(row.dueDate)}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
              {insights.due.length > 8 ? (
                <p className="muted">And {insights.due.length - 8} more.</p>
              ) : null}
            </>
          )}
        </section>
        <section className="card" aria-labelledby="signals-title">
          <h2 id="signals-title">Attention signals</h2>
          <p className="muted">
            Things worth a conversation: each says what it saw, none is a verdict.
          </p>
          {insights.signals.length === 0 ? (
            <p>No signals: moods, KPIs, actions, check-ins and plans all look steady.</p>
          ) : (
            <ul className="feed signal-list">
              {insights.signals.slice(0, 10).map((signal) => (
                <li key={signal.id}>
                  <div className="feed-meta">
                    <span className="tag">{signalLabels[signal.kind]}</span>
                    <strong>{signal.title}</strong>
                  </div>
                  <span className="signal-explanation">{signal.explanation}</span>
                </li>
              ))}
            </ul>
          )}
          {insights.signals.length > 10 ? (
            <p className="muted">And {insights.signals.length - 10} more.</p>
          ) : null}
        </section>
      </div>
      <BiasFlagsCard />
      <section className="card" aria-labelledby="training-results-title">
        <div className="card-header">
          <h2 id="training-results-title">Training results with level-4 evidence</h2>
          <a href="#/evaluation">All evaluations</a>
        </div>
        {insights.training.length === 0 ? (
          <p className="muted">
            No training has KPI evidence yet. Link a KPI to a training and, once it ends, the change
            before and after shows here.
          </p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Training</th>
                <th scope="col">KPI before → after</th>
                <th scope="col">Target</th>
                <th scope="col" className="numeric">
                  ROI
                </th>
              </tr>
            </thead>
            <tbody>
              {insights.training.map((card) => (
                <tr key={card.id}>
                  <th scope="row">{card.title}</th>
                  <td>
                    {card.levels
                      .results!.map((result) => describeBeforeAfter(result, insights.wording))
                      .join('; ')}
                  </td>
                  <td>
                    {card.levels
                      .results!.map((result) =>
                        result.isTargetMet === null
                          ? 'no target'
                          : result.isTargetMet
                            ? 'reached'
                            : 'not reached',
                      )
                      .join('; ')}
                  </td>
                  <td className="numeric">
                    {card.roi.roi === null ? (
                      <span className="muted">missing</span>
                    ) : (
                      formatRoi(card.roi.roi, insights.wording)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <div className="card-grid">
        <section className="card" aria-labelledby="gaps-title">
          <h2 id="gaps-title">Top systemic gaps</h2>
          {insights.gaps.length === 0 ? (
            <p className="muted">No skill is short across the team: gaps are individual ones.</p>
          ) : (
            <ul className="feed">
              {insights.gaps.map((gap) => (
                <li key={gap.skillId}>
                  <div className="feed-meta">
                    <strong>{gap.name}</strong>
                    {gap.isCritical ? <span className="tag">Critical</span> : null}
                  </div>
                  <span className="muted">
                    {gap.belowCount} of {gap.needCount} who need it are below the level (
                    {Math.round(gap.shareBelow * 100)}%)
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="plans-risk-title">
          <h2 id="plans-risk-title">Plans at risk</h2>
          {insights.plans.length === 0 ? (
            <p className="muted">Every active plan is moving and on time.</p>
          ) : (
            <ul className="feed">
              {insights.plans.slice(0, 6).map((plan) => (
                <li key={plan.planId}>
                  <div className="feed-meta">
                    <strong>{personLink(plan.personId, plan.name)}</strong>
                    <span className="muted">{plan.period}</span>
                  </div>
                  <span>{plan.reasons.join('; ')}</span>
                </li>
              ))}
            </ul>
          )}
          {insights.plans.length > 6 ? (
            <p className="muted">And {insights.plans.length - 6} more.</p>
          ) : null}
        </section>
        <section className="card" aria-labelledby="goals-off-title">
          <h2 id="goals-off-title">Goals off track</h2>
          {insights.goals.length === 0 ? (
            <p className="muted">No active goal is reported at risk or off track.</p>
          ) : (
            <ul className="feed">
              {insights.goals.slice(0, 6).map((goal) => (
                <li key={goal.goalId}>
                  <div className="feed-meta">
                    <strong>{goal.title}</strong>
                    <span className={goal.confidence === 'off-track' ? 'tag tag-warning' : 'tag'}>
                      {goal.confidence === 'off-track' ? 'Off track' : 'At risk'}
                    </span>
                  </div>
                  <span className="muted">
                    {goal.ownerName ? `${goal.ownerName} · ` : ''}updated {formatDate(goal.date)}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {insights.goals.length > 6 ? (
            <p className="muted">And {insights.goals.length - 6} more.</p>
          ) : null}
        </section>
      </div>
      <section className="card" aria-labelledby="adoption-title">
        <h2 id="adoption-title">Adoption over the last six months</h2>
        <p className="muted">
          Regular conversations, feedback, goal updates and assessments are the habits that make
          development stick.
        </p>
        <AdoptionSixMonths adoption={insights.adoption} />
      </section>
    </>
  )
}
