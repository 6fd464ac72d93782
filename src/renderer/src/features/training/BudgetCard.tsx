import { useState } from 'react'
import type { PeriodRollUp } from '../../../../shared/domain/training/budget'
import {
  findBudgetAmountProblem,
  readBudgetAmount,
} from '../../../../shared/domain/training/budget-settings'
import { formatPlanPeriod } from '../../../../shared/domain/training/periods'
import type { WorkspaceSettings } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { saveTrainingBudget } from '../../db/repositories/training'
import { bindText, DialogForm, NumberField, useForm } from '../../ui/form'
import { notify } from '../../ui/toast-store'
import { describeMoney } from './use-training-data'

export function BudgetCard(props: {
  rollUp: PeriodRollUp
  isDefault: boolean
  settings: WorkspaceSettings
}) {
  const { rollUp, isDefault, settings } = props
  const [isEditing, setEditing] = useState(false)
  const share = rollUp.shareUsed === null ? 1 : rollUp.shareUsed
  const money = (amount: number) => describeMoney(amount, settings)

  return (
    <section className="card" aria-labelledby="budget-title">
      <div className="card-header">
        <h2 id="budget-title">Budget for {formatPlanPeriod(rollUp.period)}</h2>
        {!isEditing ? (
          <button type="button" className="button" onClick={() => setEditing(true)}>
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
      {isEditing ? (
        <BudgetAmountForm
          rollUp={rollUp}
          settings={settings}
          money={money}
          onDone={() => setEditing(false)}
        />
      ) : null}
    </section>
  )
}

/** The budget of one half year, set in place; Settings sets every half year and the default. */
function BudgetAmountForm(props: {
  rollUp: PeriodRollUp
  settings: WorkspaceSettings
  money: (amount: number) => string
  onDone: () => void
}) {
  const { rollUp, settings, money, onDone } = props
  const { db } = useCurrentWorkspace()
  const period = formatPlanPeriod(rollUp.period)
  const form = useForm<{ amount: string }, 'amount'>({
    idPrefix: 'budget',
    initial: { amount: String(rollUp.budget) },
    check: ({ amount }) => {
      const text = findBudgetAmountProblem(amount, `The budget for ${period}`)
      return text === null ? null : { field: 'amount', text }
    },
    fieldOfError: () => 'amount',
    save: async ({ amount }) => {
      const value = readBudgetAmount(amount)
      await saveTrainingBudget(db, rollUp.period, value)
      notify('success', `Set the budget for ${period} to ${money(value)}.`)
      onDone()
    },
  })
  return (
    <DialogForm form={form} submitLabel="Save budget" onCancel={onDone} className="budget-form">
      <NumberField
        {...bindText(form, 'amount')}
        label={`Budget for ${period}`}
        unit={settings.currency}
        min={0}
        step="any"
        autoFocus
      />
    </DialogForm>
  )
}
