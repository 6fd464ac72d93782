import { ArchiveRestore, Sprout, Sparkles, Users } from 'lucide-react'
import { useState, type ReactNode } from 'react'
import { runMenuCommand } from '../../app/use-menu-commands'
import { useUiStore } from '../../app/ui-store'
import { notify } from '../../ui/toast-store'
import { TeamNameStep } from './TeamNameStep'
import { importWorkspaceFromFile, openSampleWorkspace } from './workspace-actions'

/**
 * Shown only while this computer has no workspace: once any data exists, Trellis opens it instead.
 * `restoreOffer` (from backups/, passed in by App) offers a backup found on this computer.
 */
export function WelcomeScreen(props: { restoreOffer: ReactNode }) {
  const [isCreatingSample, setIsCreatingSample] = useState(false)
  const [isNamingTeam, setIsNamingTeam] = useState(false)

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
          data stays on this computer. How would you like to start?
        </p>
        {isNamingTeam ? (
          <TeamNameStep onBack={() => setIsNamingTeam(false)} />
        ) : (
          <>
            <div className="welcome-choices">
              <button type="button" className="choice" onClick={() => setIsNamingTeam(true)}>
                <Users size={22} aria-hidden />
                <span className="choice-title">Import your team</span>
                <span className="choice-text">
                  From a CSV or spreadsheet export: names, roles, teams and managers.
                </span>
              </button>
              <button
                type="button"
                className="choice"
                onClick={() => void openSample()}
                disabled={isCreatingSample}
              >
                <Sparkles size={22} aria-hidden />
                <span className="choice-title">
                  {isCreatingSample
                    ? 'Preparing the sample company…'
                    : 'Explore the sample company'}
                </span>
                <span className="choice-text">
                  A 40-person company with 18 months of history to practise on. Your own records
                  stay separate.
                </span>
              </button>
              <button
                type="button"
                className="choice"
                onClick={() => runMenuCommand('backup:restore')}
              >
                <ArchiveRestore size={22} aria-hidden />
                <span className="choice-title">Restore a backup</span>
                <span className="choice-text">
                  Moving to a new computer? Bring back everything from a Trellis backup.
                </span>
              </button>
            </div>
            <p className="welcome-more muted">
              Other ways to start:{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => useUiStore.getState().show('new-workspace')}
              >
                Start your own workspace
              </button>{' '}
              (empty) ·{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => void importWorkspaceFromFile()}
              >
                Open a workspace file
              </button>{' '}
              (.trellis.json)
            </p>
            {props.restoreOffer}
          </>
        )}
      </div>
    </main>
  )
}
