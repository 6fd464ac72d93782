import type { Material, TrainingInitiative } from '../../../../shared/model'
import { writeWithUndo } from '../../app/undo'
import { addFileMaterial, deleteMaterial } from '../../db/repositories/materials'
import type { WorkspaceDb } from '../../db/workspace-db'
import { desktop } from '../../platform'
import { describeError } from '../../ui/format'
import { notify } from '../../ui/toast-store'
import { toPickFileTitle } from './material-display'

/** Opens a link in the browser, or a file (a copy main writes from the stored bytes) in its app. */
export async function openMaterial(material: Material): Promise<void> {
  try {
    if (material.kind === 'link') {
      const { isOpened } = await desktop.openExternal({ url: material.url })
      if (!isOpened) {
        notify(
          'error',
          `“${material.title}” was not opened: Trellis opens only links that start with https://. Delete it and add the page's https:// address.`,
        )
      }
      return
    }
    const { isOpened, error } = await desktop.openMaterialFile({
      id: material.id,
      fileName: material.fileName,
      data: material.data,
    })
    if (!isOpened) {
      notify(
        'error',
        `“${material.fileName}” could not be opened${error ? ` (${error})` : ''}. Check that this computer has an app for this kind of file.`,
      )
    }
  } catch (error) {
    notify('error', `“${material.title}” could not be opened: ${describeError(error)}`)
  }
}

/**
 * Asks for a file and copies it into the initiative's materials. A file main refuses (too large,
 * unreadable) is named in a toast with the reason; nothing is saved then.
 */
export async function addMaterialFile(
  db: WorkspaceDb,
  initiative: TrainingInitiative,
): Promise<Material | null> {
  try {
    const picked = await desktop.pickMaterialFile({ title: toPickFileTitle(initiative.title) })
    if (picked.status === 'cancelled') return null
    if (picked.status === 'refused') {
      notify('error', `“${picked.fileName}” was not added. ${picked.reason} Nothing was changed.`)
      return null
    }
    const saved = await addFileMaterial(db, {
      ownerId: initiative.id,
      title: '',
      fileName: picked.fileName,
      size: picked.size,
      data: picked.data,
    })
    notify(
      'success',
      `Added “${picked.fileName}” to “${initiative.title}”. A copy is kept in the workspace, so it goes with backups.`,
    )
    return saved
  } catch (error) {
    notify('error', `The file was not added: ${describeError(error)}`)
    return null
  }
}

/** Deletes a material; the toast offers Undo, which puts it back with its bytes. */
export async function deleteMaterialWithUndo(
  db: WorkspaceDb,
  material: Material,
  initiative: TrainingInitiative,
): Promise<void> {
  try {
    await writeWithUndo(
      db,
      () => deleteMaterial(db, material.id),
      `Deleted “${material.title}” from the materials of “${initiative.title}”.`,
    )
  } catch (error) {
    notify('error', `“${material.title}” was not deleted: ${describeError(error)}`)
  }
}
