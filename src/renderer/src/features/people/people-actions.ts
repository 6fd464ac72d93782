import { buildPeopleCsvRows } from '../../../../shared/domain/people/export-people'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import type { Person } from '../../../../shared/model'
import { navigate } from '../../app/router'
import { deletePerson } from '../../db/repositories/people'
import type { WorkspaceDb } from '../../db/workspace-db'
import { desktop } from '../../platform'
import { notify } from '../../ui/toast-store'
import { writeWithUndo } from '../../app/undo'
import { describeError } from '../../ui/format'

export async function exportPeopleCsv(db: WorkspaceDb): Promise<void> {
  try {
    const [people, teams] = await Promise.all([db.people.toArray(), db.teams.toArray()])
    const result = await desktop.saveCsv({
      title: 'Export people',
      suggestedName: `People ${toLocalIsoDate(new Date())}.csv`,
      rows: buildPeopleCsvRows(people, teams),
    })
    if (result.status === 'saved')
      notify('success', `Exported ${people.length} people to ${result.fileName}.`)
  } catch (error) {
    notify('error', `The export failed: ${describeError(error)}`)
  }
}

export async function confirmDeletePerson(db: WorkspaceDb, person: Person): Promise<void> {
  const { isConfirmed } = await desktop.confirm({
    title: 'Delete person',
    message: `Delete ${person.displayName} and everything recorded about them?`,
    detail:
      'Their assessments, plans, check-ins, feedback and reviews are deleted too. Undo in the message that follows puts everything back; to keep their history for good, archive them instead.',
    confirmLabel: 'Delete',
    isDestructive: true,
  })
  if (!isConfirmed) return
  try {
    await writeWithUndo(db, () => deletePerson(db, person.id), `Deleted ${person.displayName}.`)
    navigate('/people')
  } catch (error) {
    notify('error', `${person.displayName} was not deleted: ${describeError(error)}`)
  }
}
