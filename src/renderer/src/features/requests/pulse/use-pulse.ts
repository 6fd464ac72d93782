import { useLiveQuery } from 'dexie-react-hooks'
import {
  listPulseTrends,
  summarizePulse,
  type PulseResults,
} from '../../../../../shared/domain/requests'
import { useCurrentWorkspace } from '../../../app/workspace-store'
import { readWorkspaceSettings } from '../../../db/repositories/settings'
import type { WorkspaceDb } from '../../../db/workspace-db'

export type PulseData = {
  /** Newest first. */
  pulses: PulseResults[]
  trends: ReturnType<typeof listPulseTrends>
  minResponses: number
}

/** Every team pulse with its results (hidden below the workspace's minimum) and the trends. */
export async function readPulseData(db: WorkspaceDb): Promise<PulseData> {
  const [requests, settings] = await Promise.all([
    db.requests.filter((r) => r.kind === 'team-pulse').toArray(),
    readWorkspaceSettings(db),
  ])
  const responses = await db.responses
    .where('requestId')
    .anyOf(requests.map((r) => r.id))
    .toArray()
  const minResponses = settings.pulseMinResponses
  const pulses = requests
    .map((request) => summarizePulse(request, responses, minResponses))
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title))
  return { pulses, trends: listPulseTrends(pulses), minResponses }
}

export function usePulseData(): PulseData | undefined {
  const { db } = useCurrentWorkspace()
  return useLiveQuery(() => readPulseData(db), [db])
}

/** Stores the minimum of responses a pulse needs before its results show (3 to 10). */
export async function saveMinResponses(db: WorkspaceDb, value: number): Promise<void> {
  const clamped = Math.min(10, Math.max(3, Math.round(value)))
  await db.settings.put({ key: 'pulseMinResponses', value: clamped })
}
