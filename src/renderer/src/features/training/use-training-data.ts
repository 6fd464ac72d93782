import { useLiveQuery } from 'dexie-react-hooks'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import { formatMoney } from '../../../../shared/domain/training/suggest'
import type { WorkspaceSettings } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { readWorkspaceSettings } from '../../db/repositories/training'

export function useWorkspaceSettings(): WorkspaceSettings | undefined {
  const { db } = useCurrentWorkspace()
  return useLiveQuery(() => readWorkspaceSettings(db), [db])
}

/** Today as a calendar date; read per render so a session that spans midnight moves on. */
export function readToday(): string {
  return toLocalIsoDate(new Date())
}

export function describeMoney(amount: number, settings: WorkspaceSettings | undefined): string {
  return formatMoney(amount, settings?.currency ?? 'EUR')
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
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
