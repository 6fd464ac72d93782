import { buildCheckinCsvRows } from '../../../../shared/domain/checkins/export'
import { countDaysBetween } from '../../../../shared/domain/checkins/dates'
import type { Person } from '../../../../shared/model'
import { navigate } from '../../app/router'
import { startCheckin } from '../../db/repositories/checkins'
import type { WorkspaceDb } from '../../db/workspace-db'
import { desktop } from '../../platform'
import { notify } from '../../ui/toast-store'
import { describeError, todayIso } from '../../ui/format'

/** New starters get the first-90-days questions, everyone else the development check-in. */
export function chooseTemplateId(person: Person, today: string): string {
  if (person.hireDate !== null && countDaysBetween(person.hireDate, today) <= 90)
    return 'tpl-first-90-days'
  return 'tpl-development'
}

/** Opens the person's draft, or starts one today, and goes to it. */
export async function beginCheckin(db: WorkspaceDb, person: Person): Promise<void> {
  try {
    const today = todayIso()
    const template = await db.checkinTemplates.get(chooseTemplateId(person, today))
    const fallback = template ?? (await db.checkinTemplates.toCollection().first())
    if (!fallback) {
      notify('error', 'There is no check-in template. Add one under Check-ins → Templates.')
      return
    }
    const id = await startCheckin(db, { personId: person.id, date: today, templateId: fallback.id })
    navigate(`/checkins/${encodeURIComponent(id)}`)
  } catch (error) {
    notify('error', `The check-in could not be started: ${describeError(error)}`)
  }
}

export async function exportPersonCheckins(
  db: WorkspaceDb,
  person: Person,
  includePrivate: boolean,
): Promise<boolean> {
  try {
    const [checkins, actions, templates, skills, goals, planItems] = await Promise.all([
      db.checkins.where('personId').equals(person.id).toArray(),
      db.actionItems.where('personId').equals(person.id).toArray(),
      db.checkinTemplates.toArray(),
      db.skills.toArray(),
      db.goals.toArray(),
      db.planItems.where('personId').equals(person.id).toArray(),
    ])
    const rows = buildCheckinCsvRows({
      person,
      checkins,
      actions,
      templates,
      skills,
      goals,
      planItems,
      includePrivate,
    })
    const safeName = person.displayName.replace(/[/\\:*?"<>|]/g, ' ').trim() || 'Person'
    const result = await desktop.saveCsv({
      title: 'Export check-ins',
      suggestedName: `Check-ins ${safeName} ${todayIso()}.csv`,
      rows,
    })
    if (result.status === 'saved') {
      notify(
        'success',
        `Exported ${rows.length - 1} check-ins to ${result.fileName}${includePrivate ? ', with private notes' : ''}.`,
      )
      return true
    }
    return false
  } catch (error) {
    notify('error', `The export failed: ${describeError(error)}`)
    return false
  }
}
