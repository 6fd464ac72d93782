import { useState, type FormEvent } from 'react'
import type { PeriodRollUp } from '../../../../shared/domain/training/budget'
import { formatPlanPeriod } from '../../../../shared/domain/training/periods'
import type { WorkspaceSettings } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { saveTrainingBudget } from '../../db/repositories/training'
import { notify } from '../../ui/toast-store'
import { describeMoney, parseAmount } from './use-training-data'
import { describeError } from '../../ui/format'

export function BudgetCard(props: {
  rollUp: PeriodRollUp
  isDefault: boolean
  settings: WorkspaceSettings
}) {
  const { rollUp, isDefault, settings } = props
  const { db } = useCurrentWorkspace()
  const [draft, setDraft] = useState<string | null>(null)
  const [problem, setProblem] = useState('')
  const share = rollUp.shareUsed === null ? 1 : rollUp.shareUsed
  const money = (amount: number) => describeMoney(amount, settings)

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    const amount = parseAmount(draft ?? '')
    if (amount === null || (draft ?? '').trim() === '') {
      setProblem('The budget is a number, 0 or more.')
      return
    }
    try {
      await saveTrainingBudget(db, rollUp.period, amount)
      notify(
        'success',
        `Set the budget for ${formatPlanPeriod(rollUp.period)} to ${money(amount)}.`,
      )
      setDraft(null)
      setProblem('')
    } catch (error) {
      setProblem(describeError(error))
    }
  }

  return (
    <section className="card" aria-labelledby="budget-title">
      <div className="card-header">
        <h2 id="budget-title">Budget for {formatPlanPeriod(rollUp.period)}</h2>
        {draft === null ? (
          <button type="button" className="button" onClick={() => setDraft(String(rollUp.budget))}>
            Set budget
          </button>
        ) : null}
      </div>
      <p>
        <strong data-testid="budget-used">{money(rollUp.committed)}</strong> committed of{' '}
        <strong data-testid="budget-set">{money(rollUp.budget)}</strong>
        {isDefault ? <span className="muted"> (the default budget)</span> : null} ·{' '}
        {money(rollUp.spent)} spent on training started or done ·{' '}
        <span className={rollUp.isOverBudget ? 'is-overdue' : undefined}>
          {rollUp.isOverBudget
            ? `${money(-rollUp.remaining)} over budget`
            : `${money(rollUp.remaining)} left`}
        </span>
      </p>
      <div
        className="budget-meter"
        role="meter"
        aria-label="Budget used"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(share * 100)}
        aria-valuetext={`${Math.round(share * 100)} % of the budget committed`}
      >
        <div
          className={rollUp.isOverBudget ? 'budget-meter-fill is-over' : 'budget-meter-fill'}
          style={{ width: `${Math.min(100, share * 100)}%` }}
        />
      </div>
      {draft !== null ? (
        <form className="training-toolbar" onSubmit={(event) => void submit(event)} noValidate>
          <div className="field">
            <label htmlFor="budget-amount">
              Budget for {formatPlanPeriod(rollUp.period)} ({settings.currency})
            </label>
            <input
              id="budget-amount"
              inputMode="decimal"
              autoFocus
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? 'budget-error' : undefined}
            />
          </div>
          <button type="submit" className="button button-primary">
            Save budget
          </button>
          <button type="button" className="button" onClick={() => setDraft(null)}>
            Cancel
          </button>
          {problem ? (
            <p id="budget-error" className="field-error" role="alert">
              {problem}
            </p>
          ) : null}
        </form>
      ) : null}
    </section>
  )
}
