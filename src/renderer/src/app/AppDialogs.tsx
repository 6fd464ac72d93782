import { QuickFeedbackDialog } from '../features/checkins/FeedbackDialog'
import { BackupDialogs } from '../features/backups/BackupDialogs'
import { AboutDialog } from '../features/help/AboutDialog'
import { ShortcutsDialog } from '../features/help/ShortcutsDialog'
import { NewWorkspaceDialog } from '../features/workspaces/NewWorkspaceDialog'
import { useUiStore } from './ui-store'

export function AppDialogs() {
  const openDialog = useUiStore((state) => state.openDialog)
  const hide = useUiStore((state) => state.hide)
  return (
    <>
      <NewWorkspaceDialog isOpen={openDialog === 'new-workspace'} onClose={hide} />
      <AboutDialog isOpen={openDialog === 'about'} onClose={hide} />
      <ShortcutsDialog isOpen={openDialog === 'shortcuts'} onClose={hide} />
      <QuickFeedbackDialog isOpen={openDialog === 'quick-feedback'} onClose={hide} />
      <BackupDialogs />
    </>
  )
}
