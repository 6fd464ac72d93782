import { ClipboardCheck } from 'lucide-react'
import { useMemo, useState } from 'react'
import { findReviewProblem } from '../../../../shared/domain/goals/form-checks'
import { getNextPeriod } from '../../../../shared/domain/goals/periods'
import {
  decideReview,
  reviewDecisionLabels,
  type ReviewDecision,
} from '../../../../shared/domain/goals/review'
import { buildGoalTree, flattenGoalTree } from '../../../../shared/domain/goals/tree'
import type { Goal } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { applyReviewOutcome } from '../../db/repositories/goals'
import { EmptyState } from '../../ui/EmptyState'
import { formatDate, todayIso } from '../../ui/format'
import { ChoiceGroup, FieldError, TextAreaField, useForm } from '../../ui/form'
import { notify } from '../../ui/toast-store'
import { GoalStandingBadge, levelLabels, ProgressBar, statusLabels } from './GoalBits'
import { PeriodPicker } from './PeriodPicker'
import { type GoalsData } from './use-goals-data'

const decisions: ReviewDecision[] = ['done', 'carried-over', 'dropped']

/** Walks through every goal of a period, one at a time, for a decision with a note. */
export function QuarterlyReview(props: {
  data: GoalsData
  period: string
  periods: string[]
  fiscalStartMonth: number
  onPeriodChange: (period: string) => void
}) {
  const { data, period, periods, fiscalStartMonth, onPeriodChange } = props
  const goals = useMemo(
    () =>
      flattenGoalTree(buildGoalTree(data.goals.filter((goal) => goal.period === period))).map(
        (node) => node.goal,
      ),
    [data.goals, period],
  )
  const [index, setIndex] = useState(0)
  const decided = goals.filter((goal) => goal.status !== 'active').length
  const current = goals[Math.min(index, goals.length - 1)]
  const counts = decisions.map((decision) => ({
    decision,
    count: goals.filter((goal) => goal.status === decision).length,
  }))

  const goTo = (next: number): void => setIndex(Math.max(0, Math.min(goals.length - 1, next)))
  const goToNextUndecided = (from: number): void => {
    const next = goals.findIndex((goal, i) => i > from && goal.status === 'active')
    const wrapped = next === -1 ? goals.findIndex((goal) => goal.status === 'active') : next
    setIndex(wrapped === -1 ? Math.min(from + 1, goals.length - 1) : wrapped)
  }

  return (
    <div className="goal-review">
      <div className="toolbar">
        <PeriodPicker
          id="review-period"
          value={period}
          periods={periods}
          fiscalStartMonth={fiscalStartMonth}
          onChange={(next) => {
            setIndex(0)
            onPeriodChange(next)
          }}
        />
      </div>
      {goals.length === 0 ? (
        <EmptyState icon={ClipboardCheck} title={`Nothing to review in ${period}`}>
          <p>The review walks through every goal of a quarter. Choose a period that has goals.</p>
        </EmptyState>
      ) : (
        <>
          <p role="status" className="goal-review-progress">
            <strong>
              {decided} of {goals.length} goals decided
            </strong>
            {counts.some((entry) => entry.count > 0)
              ? ` — ${counts
                  .filter((entry) => entry.count > 0)
                  .map(
                    (entry) =>
                      `${entry.count} ${reviewDecisionLabels[entry.decision].toLocaleLowerCase()}`,
                  )
                  .join(', ')}`
              : ''}
            {decided === goals.length ? '. The review of this period is complete.' : '.'}
          </p>
          <ol className="goal-review-steps" aria-label="Goals of the period">
            {goals.map((goal, i) => (
              <li key={goal.id}>
                <button
                  type="button"
                  className={`goal-review-step${i === index ? ' is-current' : ''}${goal.status !== 'active' ? ' is-decided' : ''}`}
                  aria-current={i === index ? 'step' : undefined}
                  onClick={() => goTo(i)}
                  title={`${goal.title}: ${statusLabels[goal.status]}`}
                >
                  <span className="visually-hidden">
                    {goal.title}: {statusLabels[goal.status]}
                  </span>
                  <span aria-hidden>{i + 1}</span>
                </button>
              </li>
            ))}
          </ol>
          {current ? (
            <ReviewCard
              key={current.id}
              goal={current}
              data={data}
              fiscalStartMonth={fiscalStartMonth}
              position={`${Math.min(index, goals.length - 1) + 1} of ${goals.length}`}
              onPrevious={index > 0 ? () => goTo(index - 1) : null}
              onNext={index < goals.length - 1 ? () => goTo(index + 1) : null}
              onDecided={() => goToNextUndecided(index)}
            />
          ) : null}
        </>
      )}
    </div>
  )
}

function ReviewCard(props: {
  goal: Goal
  data: GoalsData
  fiscalStartMonth: number
  position: string
  onPrevious: (() => void) | null
  onNext: (() => void) | null
  onDecided: () => void
}) {
  const { goal, data, fiscalStartMonth, position, onPrevious, onNext, onDecided } = props
  const { db } = useCurrentWorkspace()
  const isDecided = goal.status !== 'active'
  const carriedInto = data.goals.find((other) => other.carriedFromId === goal.id)
  const progress = data.rollup.get(goal.id)
  const keyResults = data.keyResults.filter((kr) => kr.goalId === goal.id)
  const lastNote = data.updates
    .filter((update) => update.goalId === goal.id && update.note)
    .sort((a, b) => b.date.localeCompare(a.date))[0]
  const next = getNextPeriod(goal.period)

  const form = useForm<{ decision: ReviewDecision | null; note: string }, 'decision' | 'note'>({
    idPrefix: 'review',
    initial: () => ({
      decision: isDecided ? (goal.status as ReviewDecision) : null,
      note: goal.reviewNote ?? '',
    }),
    check: (draft) => findReviewProblem(draft.decision, carriedInto?.period ?? null),
    save: async ({ decision, note }) => {
      if (decision === null) return
      const outcome = decideReview({
        goal,
        keyResults,
        decision,
        note,
        today: todayIso(),
        fiscalStartMonth,
        goals: data.goals,
        newId: () => crypto.randomUUID(),
      })
      await applyReviewOutcome(db, outcome)
      notify(
        'success',
        outcome.carried
          ? `Carried “${goal.title}” over to ${outcome.carried.goal.period}.`
          : `Recorded “${goal.title}” as ${reviewDecisionLabels[decision].toLocaleLowerCase()}.`,
      )
      onDecided()
    },
  })
  const decisionOptions = decisions.map((option) => ({
    value: option,
    label: (
      <>
        {reviewDecisionLabels[option]}
        {option === 'carried-over' && next ? (
          <span className="muted"> — continues in {next} with its key results and history</span>
        ) : null}
      </>
    ),
  }))

  return (
    <section className="card goal-review-card" aria-labelledby="review-goal-title">
      <p className="muted">
        Goal {position} · {levelLabels[goal.level]}
        {goal.teamId ? ` · ${data.teamName(goal.teamId)}` : ''} ·{' '}
        {goal.ownerPersonId ? data.personName(goal.ownerPersonId) : 'No owner'}
      </p>
      <h2 id="review-goal-title">{goal.title}</h2>
      <div className="goal-detail-progress">
        <ProgressBar progress={progress?.progress ?? null} label={`Progress of ${goal.title}`} />
        <GoalStandingBadge progress={progress} />
      </div>
      {keyResults.length > 0 ? (
        <ul className="goal-review-krs">
          {keyResults.map((kr) => (
            <li key={kr.id}>
              {kr.title}: {kr.current}
              {kr.unit ? ` ${kr.unit}` : ''} (from {kr.baseline}, target {kr.target})
            </li>
          ))}
        </ul>
      ) : null}
      {lastNote ? (
        <p className="goal-review-note">
          Last update, {formatDate(lastNote.date)}: “{lastNote.note}”
        </p>
      ) : null}
      <form className="goal-review-form" onSubmit={form.submit} noValidate>
        <ChoiceGroup
          {...form.field('decision')}
          legend="Decision"
          value={form.draft.decision}
          options={decisionOptions}
          onChange={(value) => form.set('decision', value)}
        />
        <TextAreaField
          {...form.field('note')}
          label="Note"
          rows={2}
          maxLength={4000}
          value={form.draft.note}
          onChange={(value) => form.set('note', value)}
        />
        {carriedInto ? <p className="muted">Continues in {carriedInto.period}.</p> : null}
        {form.formError ? <FieldError text={form.formError} /> : null}
        <div className="row">
          <button
            type="button"
            className="button"
            disabled={onPrevious === null}
            onClick={() => onPrevious?.()}
          >
            Previous
          </button>
          <button
            type="button"
            className="button"
            disabled={onNext === null}
            onClick={() => onNext?.()}
          >
            Skip
          </button>
          <div className="toolbar-spacer" />
          <button type="submit" className="button button-primary" disabled={form.isBusy}>
            {isDecided ? 'Save decision' : 'Record decision'}
          </button>
        </div>
      </form>
    </section>
  )
}
