import { formatMoney } from '../../../../shared/domain/training/suggest'
import type { WorkspaceSettings } from '../../../../shared/model'

export function describeMoney(amount: number, settings: WorkspaceSettings | undefined): string {
  return formatMoney(amount, settings?.currency ?? 'EUR')
}

export function formatHours(hours: number): string {
  return `${Math.round(hours * 10) / 10} h`
}

/** Parses a form's number field: a number at least 0, or null when it is not one. */
export function parseAmount(text: string): number | null {
  const trimmed = text.trim().replace(',', '.')
  if (trimmed === '') return 0
  const value = Number(trimmed)
  return Number.isFinite(value) && value >= 0 ? value : null
}
