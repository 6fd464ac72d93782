import { Target } from 'lucide-react'
import { comparePeriods, describePeriod } from '../../../../shared/domain/goals/periods'
import { computeKeyResultProgress, formatProgress } from '../../../../shared/domain/goals/progress'
import { checkGoalQuality, countAlignedGoals } from '../../../../shared/domain/goals/quality'
import { navigate } from '../../app/router'
import { EmptyState } from '../../ui/EmptyState'
import { formatDate } from '../../ui/format'
import { GoalStandingBadge, ProgressBar, QualityFlags, statusLabels } from './GoalBits'
import { useFiscalStartMonth, useGoalsData } from './use-goals-data'

/** A person's goals by period, newest first, with key results, progress and the latest update. */
export function PersonGoalsTab(props: { personId: string }) {
  const data = useGoalsData()
  const fiscalStartMonth = useFiscalStartMonth()
  if (!data) return <p className="muted">Loading goals…</p>
  const goals = data.goals.filter((goal) => goal.ownerPersonId === props.personId)
  if (goals.length === 0) {
    return (
      <EmptyState
        icon={Target}
        title="No goals yet"
        actions={
          <button type="button" className="button" onClick={() => navigate('/goals')}>
            Open Goals
          </button>
        }
      >
        <p>
          Goals this person owns appear here. Add one on the Goals screen and align it to their
          team’s goal.
        </p>
      </EmptyState>
    )
  }
  const periods = [...new Set(goals.map((goal) => goal.period))].sort((a, b) =>
    comparePeriods(b, a),
  )
  return (
    <div className="person-goals">
      {periods.map((period) => (
        <section
          key={period}
          aria-labelledby={`person-goals-${period}`}
          className="person-goals-period"
        >
          <h2 id={`person-goals-${period}`}>{describePeriod(period, fiscalStartMonth)}</h2>
          <ul className="person-goal-list">
            {goals
              .filter((goal) => goal.period === period)
              .sort((a, b) => a.title.localeCompare(b.title))
              .map((goal) => {
                const progress = data.rollup.get(goal.id)
                const results = data.keyResults.filter((kr) => kr.goalId === goal.id)
                const parent = data.goals.find((other) => other.id === goal.parentId)
                const latest = data.updates
                  .filter((update) => update.goalId === goal.id && update.note)
                  .sort((a, b) => b.date.localeCompare(a.date))[0]
                return (
                  <li key={goal.id} className="card person-goal">
                    <div className="goal-row-main">
                      <strong>{goal.title}</strong>
                      <span className="badge">{goal.style === 'okr' ? 'OKR' : 'SMART'}</span>
                      {goal.status !== 'active' ? (
                        <span className="badge badge-accent">{statusLabels[goal.status]}</span>
                      ) : null}
                      <QualityFlags
                        flags={checkGoalQuality(
                          goal,
                          results,
                          countAlignedGoals(goal.id, data.goals),
                        )}
                      />
                    </div>
                    <p className="muted">
                      {goal.dueDate ? `Due ${formatDate(goal.dueDate)}` : 'No due date'}
                      {parent ? ` · aligned to “${parent.title}”` : ''}
                    </p>
                    <div className="goal-row-progress">
                      <ProgressBar
                        progress={progress?.progress ?? null}
                        label={`Progress of ${goal.title}`}
                      />
                      <GoalStandingBadge progress={progress} />
                    </div>
                    {results.length > 0 ? (
                      <ul className="goal-review-krs">
                        {results.map((kr) => (
                          <li key={kr.id}>
                            {kr.title}: {kr.current}
                            {kr.unit ? ` ${kr.unit}` : ''} (from {kr.baseline}, target {kr.target})
                            — {formatProgress(computeKeyResultProgress(kr))}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    {latest ? (
                      <p className="goal-review-note">
                        {formatDate(latest.date)}: “{latest.note}”
                      </p>
                    ) : null}
                  </li>
                )
              })}
          </ul>
        </section>
      ))}
    </div>
  )
}
