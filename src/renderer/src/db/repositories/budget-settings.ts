import {
  BudgetSettingsDraft,
  type BudgetSettingsValue,
} from '../../../../shared/domain/training/budget-settings'
import { getPeriodRange, listPlanPeriods } from '../../../../shared/domain/training/periods'
import { WorkspaceSettings } from '../../../../shared/model'
import type { WorkspaceDb } from '../workspace-db'
import { parseOrThrow } from './parse-or-throw'
import { readWorkspaceSettings } from './settings'

export interface BudgetSettings {
  settings: BudgetSettingsValue
  /** The periods the section lists, newest first: those with plans or a budget, now and next. */
  periods: string[]
}

/** The workspace currency, the default budget and each period's own budget. */
export async function readBudgetSettings(db: WorkspaceDb, today: string): Promise<BudgetSettings> {
  const [settings, plans] = await Promise.all([readWorkspaceSettings(db), db.plans.toArray()])
  const recorded = [...plans.map((plan) => plan.period), ...Object.keys(settings.trainingBudgets)]
  return {
    settings: {
      currency: settings.currency,
      defaultTrainingBudget: settings.defaultTrainingBudget,
      trainingBudgets: settings.trainingBudgets,
    },
    periods: listPlanPeriods(recorded, today).filter((period) => getPeriodRange(period) !== null),
  }
}

/**
 * Saves the currency, the default budget and the periods' budgets together, in one transaction,
 * or nothing when any of them is wrong (the error says which). A period left blank uses the
 * default; a stored period the draft does not list is kept as it is.
 */
export async function saveBudgetSettings(
  db: WorkspaceDb,
  draft: BudgetSettingsDraft,
): Promise<BudgetSettingsValue> {
  const value = parseOrThrow(BudgetSettingsDraft.safeParse(draft))
  return db.transaction('rw', db.settings, async () => {
    const stored = await db.settings.get('trainingBudgets')
    const kept = WorkspaceSettings.shape.trainingBudgets.safeParse(stored?.value)
    const unlisted = Object.entries(kept.success ? kept.data : {}).filter(
      ([period]) => !(period in draft.periods),
    )
    const saved: BudgetSettingsValue = {
      currency: WorkspaceSettings.shape.currency.parse(value.currency),
      defaultTrainingBudget: WorkspaceSettings.shape.defaultTrainingBudget.parse(
        value.defaultTrainingBudget,
      ),
      trainingBudgets: WorkspaceSettings.shape.trainingBudgets.parse({
        ...Object.fromEntries(unlisted),
        ...value.trainingBudgets,
      }),
    }
    await db.settings.bulkPut([
      { key: 'currency', value: saved.currency },
      { key: 'defaultTrainingBudget', value: saved.defaultTrainingBudget },
      { key: 'trainingBudgets', value: saved.trainingBudgets },
    ])
    return saved
  })
}
