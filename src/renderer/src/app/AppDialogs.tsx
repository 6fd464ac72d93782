import { QuickFeedbackDialog } from '../features/checkins/FeedbackDialog'
import { BackupDialogs } from '../features/backups/BackupDialogs'
import { AboutDialog } from '../features/help/AboutDialog'
import { ShortcutsDialog } from '../features/help/ShortcutsDialog'
import { NewRequestDialog } from '../features/requests/NewRequestDialog'
import { ImportResponsesDialog } from '../features/responses/ImportResponsesDialog'
import { NewWorkspaceDialog } from '../features/workspaces/NewWorkspaceDialog'
import { OpenFileDialog } from '../features/workspaces/OpenFileDialog'
import { useUiStore } from './ui-store'

export function AppDialogs() {
  const openDialog = useUiStore((state) => state.openDialog)
  const hide = useUiStore((state) => state.hide)
  const requestStart = useUiStore((state) => state.requestStart)
  return (
    <>
      <NewWorkspaceDialog isOpen={openDialog === 'new-workspace'} onClose={hide} />
      <AboutDialog isOpen={openDialog === 'about'} onClose={hide} />
      <ShortcutsDialog isOpen={openDialog === 'shortcuts'} onClose={hide} />
      <QuickFeedbackDialog isOpen={openDialog === 'quick-feedback'} onClose={hide} />
      <NewRequestDialog
        isOpen={openDialog === 'request-input'}
        start={requestStart}
        onClose={hide}
      />
      <ImportResponsesDialog isOpen={openDialog === 'import-responses'} onClose={hide} />
      <BackupDialogs />
      <OpenFileDialog />
    </>
  )
}
