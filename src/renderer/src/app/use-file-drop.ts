import { useEffect } from 'react'
import { readDroppedRosterFile } from '../features/roster-import/import-actions'
import { importDroppedResponses, isResponseFileName } from '../features/responses/responses-actions'
import { notify } from '../ui/toast-store'
import { useWorkspaceStore } from './workspace-store'

const importable = /\.(csv|tsv|txt)$/i

/**
 * Dropping a CSV anywhere on the window starts a team import, dropping response files (one or
 * many) imports them; nothing dropped ever navigates the page.
 */
export function useFileDrop(): void {
  useEffect(() => {
    const onDragOver = (event: DragEvent): void => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault()
    }
    const onDrop = (event: DragEvent): void => {
      const files = [...(event.dataTransfer?.files ?? [])]
      const file = files[0]
      if (!file) return
      event.preventDefault()
      const workspace = useWorkspaceStore.getState().current
      if (!workspace) {
        notify('info', 'Open or create a workspace first, then drop the file again.')
        return
      }
      const responses = files.filter((f) => isResponseFileName(f.name))
      if (responses.length > 0) {
        const others = files.length - responses.length
        if (others > 0) {
          notify(
            'info',
            `Only the response files are imported; ${others === 1 ? '1 other file was' : `${others} other files were`} left out.`,
          )
        }
        void importDroppedResponses(responses)
        return
      }
      if (!importable.test(file.name)) {
        notify(
          'error',
          `${file.name} is not a CSV file. Drop a .csv, .tsv or .txt file to import a team, or .trellis-response files to import responses.`,
        )
        return
      }
      void readDroppedRosterFile(workspace.db, file)
    }
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragover', onDragOver)
      window.removeEventListener('drop', onDrop)
    }
  }, [])
}
