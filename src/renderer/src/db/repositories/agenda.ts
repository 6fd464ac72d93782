import type { AgendaInput } from '../../../../shared/domain/agenda'
import type { AgendaMark } from '../../../../shared/model'
import { readTables } from '../read-tables'
import type { WorkspaceDb } from '../workspace-db'
import { readWorkspaceSettings } from './settings'

const agendaTables = [
  'people',
  'checkins',
  'actionItems',
  'goals',
  'goalUpdates',
  'kpis',
  'initiatives',
  'enrolments',
  'evaluations',
  'certifications',
  'reviewCycles',
  'reviews',
  'requests',
  'responses',
  'agendaMarks',
] as const

/** Everything the agenda is built from, and what the manager did with its items. */
export async function loadAgendaData(
  db: WorkspaceDb,
): Promise<{ input: AgendaInput; marks: AgendaMark[]; isNotificationsEnabled: boolean }> {
  const [records, settings] = await Promise.all([
    readTables(db, agendaTables),
    readWorkspaceSettings(db),
  ])
  const { agendaMarks, ...input } = records
  return {
    input: { ...input, settings },
    marks: agendaMarks,
    isNotificationsEnabled: settings.isNotificationsEnabled,
  }
}

async function updateMark(
  db: WorkspaceDb,
  id: string,
  change: Partial<Omit<AgendaMark, 'id'>>,
): Promise<void> {
  await db.transaction('rw', db.agendaMarks, async () => {
    const mark = (await db.agendaMarks.get(id)) ?? {
      id,
      doneOn: null,
      snoozedUntil: null,
    }
    await db.agendaMarks.put({ ...mark, ...change })
  })
}

/** Marks one agenda item done today: it leaves the agenda (a recurring one, this occurrence only). */
export function markAgendaItemDone(db: WorkspaceDb, id: string, today: string) {
  return updateMark(db, id, { doneOn: today, snoozedUntil: null })
}

/** Hides an item until the day after `until`. */
export function snoozeAgendaItem(db: WorkspaceDb, id: string, until: string) {
  return updateMark(db, id, { snoozedUntil: until, doneOn: null })
}
