import { Building2, FolderInput, Sprout, Sparkles } from 'lucide-react'
import { useState } from 'react'
import { useUiStore } from '../../app/ui-store'
import { notify } from '../../ui/toast-store'
import { RestoreOffer } from '../backups/RestoreOffer'
import { importWorkspaceFromFile, openSampleWorkspace } from './workspace-actions'

/** Shown when this computer has no workspace yet. */
export function WelcomeScreen() {
  const [isCreatingSample, setIsCreatingSample] = useState(false)

  const openSample = async (): Promise<void> => {
    setIsCreatingSample(true)
    try {
      await openSampleWorkspace()
    } catch (error) {
      notify('error', `The sample company could not be created: ${String(error)}`)
      setIsCreatingSample(false)
    }
  }

  return (
    <main className="welcome" id="main">
      <div className="welcome-card">
        <div className="brand brand-large">
          <Sprout size={32} aria-hidden />
          <span>Trellis</span>
        </div>
        <h1>Grow your people, not just grade them</h1>
        <p className="muted">
          Map skills, plan development, hold regular check-ins and see whether training works. Your
          data stays on this computer.
        </p>
        <div className="welcome-choices">
          <button
            type="button"
            className="choice"
            onClick={() => void openSample()}
            disabled={isCreatingSample}
          >
            <Sparkles size={22} aria-hidden />
            <span className="choice-title">
              {isCreatingSample ? 'Preparing the sample company…' : 'Explore the sample company'}
            </span>
            <span className="choice-text">
              A 40-person company with 18 months of history to practise on. Your own records stay
              separate.
            </span>
          </button>
          <button
            type="button"
            className="choice"
            onClick={() => useUiStore.getState().show('new-workspace')}
          >
            <Building2 size={22} aria-hidden />
            <span className="choice-title">Start your own workspace</span>
            <span className="choice-text">An empty workspace for your organisation.</span>
          </button>
          <button type="button" className="choice" onClick={() => void importWorkspaceFromFile()}>
            <FolderInput size={22} aria-hidden />
            <span className="choice-title">Open a workspace file</span>
            <span className="choice-text">A .trellis.json file exported from Trellis.</span>
          </button>
        </div>
        <RestoreOffer />
      </div>
    </main>
  )
}
