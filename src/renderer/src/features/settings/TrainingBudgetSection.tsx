import { useLiveQuery } from 'dexie-react-hooks'
import {
  findBudgetSettingsProblem,
  listCurrencyChoices,
  toBudgetSettingsDraft,
  type BudgetSettingsDraft,
  type BudgetSettingsField,
} from '../../../../shared/domain/training/budget-settings'
import { formatPlanPeriod, toPlanPeriod } from '../../../../shared/domain/training/periods'
import { formatMoney } from '../../../../shared/domain/training/suggest'
import { useCurrentWorkspace } from '../../app/workspace-store'
import {
  readBudgetSettings,
  saveBudgetSettings,
  type BudgetSettings,
} from '../../db/repositories/budget-settings'
import { DialogForm, NumberField, SelectField, useForm } from '../../ui/form'
import { todayIso } from '../../ui/format'
import { notify } from '../../ui/toast-store'

/**
 * Settings: the workspace currency and the training budget per half year (plan period), with the
 * default a period without its own budget gets. Training → Team plans & budget shows them.
 */
export function TrainingBudgetSection() {
  const { db } = useCurrentWorkspace()
  const today = todayIso()
  const stored = useLiveQuery(() => readBudgetSettings(db, today), [db, today])
  return (
    <section className="card" aria-labelledby="training-budget-title">
      <h2 id="training-budget-title">Currency and training budget</h2>
      <p className="muted">
        Money in Trellis is in the workspace currency. Each half year of development plans has a
        training budget; Training → Team plans &amp; budget shows what is committed against it.
      </p>
      {stored ? (
        // A new period listed (a plan for a later half year) starts the form again from what is stored.
        <BudgetForm key={stored.periods.join()} stored={stored} today={today} />
      ) : (
        <p aria-busy="true">Loading the budget…</p>
      )}
    </section>
  )
}

function BudgetForm(props: { stored: BudgetSettings; today: string }) {
  const { stored, today } = props
  const { db } = useCurrentWorkspace()
  const form = useForm<BudgetSettingsDraft, BudgetSettingsField>({
    idPrefix: 'training-budget',
    initial: () => toBudgetSettingsDraft(stored.settings, stored.periods),
    check: findBudgetSettingsProblem,
    save: async (draft) => {
      const saved = await saveBudgetSettings(db, draft)
      const own = Object.keys(saved.trainingBudgets).length
      notify(
        'success',
        `Saved the training budget in ${saved.currency}: ${formatMoney(saved.defaultTrainingBudget, saved.currency)} by default, ${own === 1 ? '1 half year' : `${own} half years`} with a budget of its own.`,
      )
    },
  })
  const { draft } = form
  const current = toPlanPeriod(today)
  const fallback = formatMoney(Number(draft.defaultAmount) || 0, draft.currency)
  const setPeriod = (period: string, text: string) => {
    form.update((old) => ({ ...old, periods: { ...old.periods, [period]: text } }))
    if (form.problem?.field === `period-${period}`) form.setProblem(null)
  }

  return (
    <DialogForm form={form} submitLabel="Save currency and budget" busyLabel="Saving…">
      <div className="form-grid">
        <SelectField
          {...form.field('currency')}
          label="Currency"
          value={draft.currency}
          options={listCurrencyChoices(stored.settings.currency).map((choice) => ({
            value: choice.code,
            label: choice.code === choice.name ? choice.code : `${choice.code} · ${choice.name}`,
          }))}
          onChange={(value) => form.set('currency', value)}
        />
        <NumberField
          {...form.field('defaultAmount')}
          label="Default budget per half year"
          hint="For every half year without a budget of its own."
          value={draft.defaultAmount}
          min={0}
          step="any"
          unit={draft.currency}
          onChange={(value) => form.set('defaultAmount', value)}
        />
      </div>
      <h3>Budget per half year</h3>
      <p className="muted">Leave a half year blank to give it the default budget ({fallback}).</p>
      <div className="form-grid">
        {stored.periods.map((period) => (
          <NumberField
            key={period}
            {...form.field(`period-${period}`)}
            label={`Budget for ${formatPlanPeriod(period)}${period === current ? ' (now)' : ''}`}
            value={draft.periods[period] ?? ''}
            placeholder={`Default: ${fallback}`}
            min={0}
            step="any"
            unit={draft.currency}
            onChange={(value) => setPeriod(period, value)}
          />
        ))}
      </div>
    </DialogForm>
  )
}
