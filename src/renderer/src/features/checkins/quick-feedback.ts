import { useUiStore } from '../../app/ui-store'
import { useWorkspaceStore } from '../../app/workspace-store'
import { notify } from '../../ui/toast-store'

/** The feedback quick entry: from the menu, its shortcut, or a button. */
export function openQuickFeedback(): void {
  if (useWorkspaceStore.getState().status !== 'open') {
    notify('info', 'Open a workspace to log feedback.')
    return
  }
  useUiStore.getState().show('quick-feedback')
}
