import { useEffect } from 'react'
import { IconTooltip } from '../ui/IconTooltip'
import { Toaster } from '../ui/Toaster'
import { RestoreOffer } from '../features/backups/RestoreOffer'
import { WelcomeScreen } from '../features/workspaces/WelcomeScreen'
import { AppDialogs } from './AppDialogs'
import { Shell } from './Shell'
import { useFileDrop } from './use-file-drop'
import { useGlobalShortcuts } from './use-global-shortcuts'
import { useMenuCommands } from './use-menu-commands'
import { useWorkspaceStore } from './workspace-store'

export function App() {
  const status = useWorkspaceStore((state) => state.status)
  const currentId = useWorkspaceStore((state) => state.current?.info.id)
  useMenuCommands()
  useGlobalShortcuts()
  useFileDrop()

  useEffect(() => {
    void useWorkspaceStore.getState().start()
  }, [])

  return (
    <>
      {status === 'starting' ? (
        <div className="app-loading" role="status">
          Opening Trellis…
        </div>
      ) : status === 'none' ? (
        <WelcomeScreen restoreOffer={<RestoreOffer />} />
      ) : (
        // A new key per workspace: nothing from one workspace's screens can leak into the next.
        <Shell key={currentId} />
      )}
      <AppDialogs />
      <Toaster />
      <IconTooltip />
    </>
  )
}
