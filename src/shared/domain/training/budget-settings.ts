import { z } from 'zod'
import type { WorkspaceSettings } from '../../model'
import { formatPlanPeriod } from './periods'

/** Above this a budget is a typing slip, not a training budget. */
export const maxTrainingBudget = 10_000_000

/** The currencies offered in Settings, most used first; any other stored code is kept. */
export const commonCurrencies: ReadonlyArray<{ code: string; name: string }> = [
  { code: 'EUR', name: 'Euro' },
  { code: 'GBP', name: 'Pound sterling' },
  { code: 'USD', name: 'US dollar' },
  { code: 'CHF', name: 'Swiss franc' },
  { code: 'SEK', name: 'Swedish krona' },
  { code: 'NOK', name: 'Norwegian krone' },
  { code: 'DKK', name: 'Danish krone' },
  { code: 'PLN', name: 'Polish złoty' },
  { code: 'CZK', name: 'Czech koruna' },
  { code: 'HUF', name: 'Hungarian forint' },
  { code: 'RON', name: 'Romanian leu' },
  { code: 'CAD', name: 'Canadian dollar' },
  { code: 'AUD', name: 'Australian dollar' },
  { code: 'NZD', name: 'New Zealand dollar' },
  { code: 'JPY', name: 'Japanese yen' },
  { code: 'CNY', name: 'Chinese yuan' },
  { code: 'INR', name: 'Indian rupee' },
  { code: 'SGD', name: 'Singapore dollar' },
  { code: 'HKD', name: 'Hong Kong dollar' },
  { code: 'ZAR', name: 'South African rand' },
  { code: 'BRL', name: 'Brazilian real' },
  { code: 'MXN', name: 'Mexican peso' },
]

/** What the Settings section edits: amounts as typed, so a half-typed value is never lost. */
export interface BudgetSettingsDraft {
  currency: string
  /** The budget of a period that has none of its own. */
  defaultAmount: string
  /** Period key (`2026-H2`) -> amount as typed; blank means the period uses the default. */
  periods: Record<string, string>
}

export type BudgetSettingsValue = Pick<
  WorkspaceSettings,
  'currency' | 'defaultTrainingBudget' | 'trainingBudgets'
>

/**
 * What is wrong with an amount as typed ("5000", "5 000", "4999.50", "4999,50") for a budget, or
 * null when it is one; `what` names it in the message ("The budget for Jul–Dec 2026").
 */
export function findBudgetAmountProblem(text: string, what: string): string | null {
  const cleaned = cleanAmount(text)
  const value = Number(cleaned)
  if (cleaned === '') return `${what} is empty: type an amount, 0 or more.`
  if (!/^-?\d+(\.\d+)?$/.test(cleaned) || !Number.isFinite(value)) {
    return `${what} is not a number: type an amount such as 5000.`
  }
  if (value < 0) return `${what} cannot be below 0.`
  if (value > maxTrainingBudget) {
    return `${what} is more than ${maxTrainingBudget.toLocaleString('en')}: check the amount for a slip.`
  }
  if (!/^-?\d+(\.\d{1,2})?$/.test(cleaned)) return `${what} has more than 2 decimals.`
  return null
}

/** The amount of a text `findBudgetAmountProblem` passes. */
export function readBudgetAmount(text: string): number {
  return Number(cleanAmount(text))
}

function cleanAmount(text: string): string {
  return text
    .trim()
    .replace(/[\s\u00a0]/g, '')
    .replace(',', '.')
}

function checkAmount(text: string, what: string, ctx: z.RefinementCtx, path: string[]): number {
  const problem = findBudgetAmountProblem(text, what)
  if (problem === null) return readBudgetAmount(text)
  ctx.addIssue({ code: 'custom', path, message: problem })
  return 0
}

/** The draft checked and turned into the settings it saves (blank periods are dropped). */
export const BudgetSettingsDraft = z
  .object({
    currency: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{3}$/, 'Choose the currency as a three-letter code, such as EUR.')
      .transform((code) => code.toUpperCase()),
    defaultAmount: z.string(),
    periods: z.record(z.string().regex(/^\d{4}-H[12]$/), z.string()),
  })
  .transform((draft, ctx): BudgetSettingsValue => {
    const defaultTrainingBudget = checkAmount(draft.defaultAmount, 'The default budget', ctx, [
      'defaultAmount',
    ])
    const trainingBudgets: Record<string, number> = {}
    for (const [period, text] of Object.entries(draft.periods).sort(([a], [b]) =>
      b.localeCompare(a),
    )) {
      if (text.trim() === '') continue
      trainingBudgets[period] = checkAmount(
        text,
        `The budget for ${formatPlanPeriod(period)}`,
        ctx,
        ['periods', period],
      )
    }
    return { currency: draft.currency, defaultTrainingBudget, trainingBudgets }
  })

export type BudgetSettingsField = 'currency' | 'defaultAmount' | `period-${string}`

/** The first problem in the order of the section (currency, default, periods newest first). */
export function findBudgetSettingsProblem(
  draft: BudgetSettingsDraft,
): { field: BudgetSettingsField; text: string } | null {
  const result = BudgetSettingsDraft.safeParse(draft)
  if (result.success) return null
  const issue = result.error.issues[0]!
  const [head, period] = issue.path
  const field: BudgetSettingsField =
    head === 'periods'
      ? `period-${String(period)}`
      : head === 'currency'
        ? 'currency'
        : 'defaultAmount'
  return { field, text: issue.message }
}

/** The stored settings as the section's draft: every listed period, blank where it has none. */
export function toBudgetSettingsDraft(
  settings: BudgetSettingsValue,
  periods: readonly string[],
): BudgetSettingsDraft {
  return {
    currency: settings.currency,
    defaultAmount: String(settings.defaultTrainingBudget),
    periods: Object.fromEntries(
      periods.map((period) => {
        const own = settings.trainingBudgets[period]
        return [period, own === undefined ? '' : String(own)]
      }),
    ),
  }
}

/** The currency choices: the common ones, with the stored code first when it is not one. */
export function listCurrencyChoices(current: string): Array<{ code: string; name: string }> {
  return commonCurrencies.some((c) => c.code === current)
    ? [...commonCurrencies]
    : [{ code: current, name: current }, ...commonCurrencies]
}
