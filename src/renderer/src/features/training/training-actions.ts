import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import {
  buildAccountabilityCsvRows,
  type AccountabilityRow,
} from '../../../../shared/domain/training/accountability'
import type { Campaign, TrainingInitiative } from '../../../../shared/model'
import { deleteInitiativeWithMaterials, listMaterials } from '../../db/repositories/materials'
import { countInitiativeUse, deleteCampaign } from '../../db/repositories/training'
import type { WorkspaceDb } from '../../db/workspace-db'
import { desktop } from '../../platform'
import { notify } from '../../ui/toast-store'
import { describeError } from '../../ui/format'
import { writeWithUndo } from '../../app/undo'

export async function exportAccountabilityCsv(rows: AccountabilityRow[]): Promise<void> {
  try {
    const result = await desktop.saveCsv({
      title: 'Export the accountability table',
      suggestedName: `Training accountability ${toLocalIsoDate(new Date())}.csv`,
      rows: buildAccountabilityCsvRows(rows),
    })
    if (result.status === 'saved')
      notify('success', `Exported ${rows.length} initiatives to ${result.fileName}.`)
  } catch (error) {
    notify('error', `The export failed: ${describeError(error)}`)
  }
}

export async function confirmDeleteInitiative(
  db: WorkspaceDb,
  initiative: TrainingInitiative,
): Promise<void> {
  const use = await countInitiativeUse(db, initiative.id)
  const materials = (await listMaterials(db, initiative.id)).length
  const parts = [
    use.enrolments > 0 ? `${use.enrolments} enrolment${use.enrolments === 1 ? '' : 's'}` : '',
    use.evaluations > 0 ? `${use.evaluations} evaluation${use.evaluations === 1 ? '' : 's'}` : '',
  ].filter(Boolean)
  const sentences = [
    parts.length === 0
      ? 'Nobody is enrolled in it.'
      : `Its ${parts.join(' and ')} are deleted too. ${use.planItems} plan item${use.planItems === 1 ? '' : 's'} stay in their plans as free-form activities${use.campaigns > 0 ? `, and ${use.campaigns} campaign${use.campaigns === 1 ? ' loses' : 's lose'} the step` : ''}.`,
    materials > 0
      ? `Its ${materials} material${materials === 1 ? ' is' : 's are'} deleted with it.`
      : '',
    parts.length > 0 || materials > 0 ? 'Undo in the message that follows puts them back.' : '',
  ]
  const { isConfirmed } = await desktop.confirm({
    title: 'Delete initiative',
    message: `Delete “${initiative.title}” from the catalogue?`,
    detail: sentences.filter(Boolean).join(' '),
    confirmLabel: 'Delete',
    isDestructive: true,
  })
  if (!isConfirmed) return
  try {
    await writeWithUndo(
      db,
      () => deleteInitiativeWithMaterials(db, initiative.id),
      `Deleted “${initiative.title}”.`,
    )
  } catch (error) {
    notify('error', describeError(error))
  }
}

export async function confirmDeleteCampaign(db: WorkspaceDb, campaign: Campaign): Promise<void> {
  const { isConfirmed } = await desktop.confirm({
    title: 'Delete campaign',
    message: `Delete the campaign “${campaign.name}”?`,
    detail: 'The enrolments it created stay with each person, outside any campaign.',
    confirmLabel: 'Delete',
    isDestructive: true,
  })
  if (!isConfirmed) return
  try {
    await writeWithUndo(
      db,
      () => deleteCampaign(db, campaign.id),
      `Deleted the campaign “${campaign.name}”.`,
    )
  } catch (error) {
    notify('error', `The campaign was not deleted: ${describeError(error)}`)
  }
}
