import { useLiveQuery } from 'dexie-react-hooks'
import { WorkspaceSettings, type FeedbackEntry, type Person } from '../../../../shared/model'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import { useCurrentWorkspace } from '../../app/workspace-store'
import type { WorkspaceDb } from '../../db/workspace-db'

/** The workspace settings with defaults for anything missing or not valid. */
export async function readSettings(db: WorkspaceDb): Promise<WorkspaceSettings> {
  const records = await db.settings.toArray()
  const defaults = WorkspaceSettings.parse({})
  const values: Record<string, unknown> = { ...defaults }
  for (const { key, value } of records) {
    const field = WorkspaceSettings.shape[key as keyof WorkspaceSettings]
    if (field?.safeParse(value).success) values[key] = value
  }
  return WorkspaceSettings.parse(values)
}

export function useSettings(): WorkspaceSettings | undefined {
  const { db } = useCurrentWorkspace()
  return useLiveQuery(() => readSettings(db), [db])
}

export function todayIso(): string {
  return toLocalIsoDate(new Date())
}

export const feedbackKindLabels: Record<FeedbackEntry['kind'], string> = {
  praise: 'Praise',
  constructive: 'Constructive',
  observation: 'Observation',
}

export const moodLabels: Record<number, string> = {
  1: 'Very low',
  2: 'Low',
  3: 'Okay',
  4: 'Good',
  5: 'Great',
}

export function personLink(person: Pick<Person, 'id'>): string {
  return `#/people/${encodeURIComponent(person.id)}`
}

export function checkinLink(id: string): string {
  return `#/checkins/${encodeURIComponent(id)}`
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
