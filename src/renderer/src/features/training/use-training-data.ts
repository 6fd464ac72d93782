import { formatMoney } from '../../../../shared/domain/training/suggest'
import type { WorkspaceSettings } from '../../../../shared/model'

export function describeMoney(amount: number, settings: WorkspaceSettings | undefined): string {
  return formatMoney(amount, settings?.currency ?? 'EUR')
}

export function formatHours(hours: number): string {
  return `${Math.round(hours * 10) / 10} h`
}

/** A form's amount field as a number, 0 or more; shared with the checks in src/shared. */
export { parseAmount } from '../../../../shared/domain/training/form-checks'
