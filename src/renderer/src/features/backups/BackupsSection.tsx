import { useEffect, useState } from 'react'
import { DatabaseBackup, FileJson, FileSpreadsheet, History } from 'lucide-react'
import type { BackupSettings, ListedBackup } from '../../../../shared/backup-contract'
import { findKeepLastProblem, keepLastRange } from '../../../../shared/domain/backup/keep-last'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { desktop } from '../../platform'
import { NumberField, SelectField } from '../../ui/form'
import { describeError } from '../../ui/format'
import { notify } from '../../ui/toast-store'
import { checkScheduledBackup, exportCsvZip, exportPlainJson } from './backup-actions'
import { useBackupUi } from './backup-ui-store'
import { formatWhen } from './BackupSummaryView'

const frequencyOptions = [
  { value: 'off', label: 'Off' },
  { value: 'daily', label: 'Daily' },
  { value: 'weekly', label: 'Weekly' },
]

export function BackupsSection() {
  const { info } = useCurrentWorkspace()
  const dialog = useBackupUi((state) => state.dialog)
  const revision = useBackupUi((state) => state.revision)
  const [settings, setSettings] = useState<BackupSettings | null>(null)
  const [latest, setLatest] = useState<ListedBackup | null>(null)
  const [keepLast, setKeepLast] = useState('')
  const [keepError, setKeepError] = useState<string | null>(null)

  // Reloads after a dialog closes: setting up the key or a backup changes what is shown.
  useEffect(() => {
    if (dialog !== null) return
    let isLive = true
    void Promise.all([desktop.getBackupSettings(), desktop.listBackups()]).then(
      ([next, listed]) => {
        if (!isLive) return
        setSettings(next)
        setKeepLast(String(next.keepLast))
        setLatest(
          listed.find((entry) => entry.source === 'scheduled' && entry.workspaceId === info.id) ??
            null,
        )
      },
    )
    return () => {
      isLive = false
    }
  }, [dialog, revision, info.id])

  if (!settings) return null

  const save = async (changes: Partial<Pick<BackupSettings, 'frequency' | 'keepLast'>>) => {
    try {
      const next = await desktop.updateBackupSettings({
        frequency: changes.frequency ?? settings.frequency,
        keepLast: changes.keepLast ?? settings.keepLast,
      })
      setSettings(next)
      notify('success', 'Backup settings saved.')
      void checkScheduledBackup()
    } catch (failure) {
      notify('error', `The backup settings could not be saved: ${describeError(failure)}`)
    }
  }

  // Saved when the field is left or Enter is pressed, as a section has no Save button.
  const saveKeepLast = (): void => {
    const problem = findKeepLastProblem(keepLast)
    setKeepError(problem)
    const value = Number(keepLast)
    if (!problem && value !== settings.keepLast) void save({ keepLast: value })
  }

  const chooseFolder = async (): Promise<void> => {
    const result = await desktop.chooseBackupFolder()
    if ('status' in result) {
      if (result.status === 'failed') notify('error', result.message)
      return
    }
    setSettings(result)
    notify('success', `Automatic backups now go to ${result.folder}.`)
  }

  const show = useBackupUi.getState().show
  return (
    <section className="card backups-section" aria-labelledby="backups-title">
      <div className="card-header">
        <h2 id="backups-title">Backups</h2>
        <div className="row">
          <button type="button" className="button" onClick={() => show('restore')}>
            <History size={16} aria-hidden /> Restore…
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => show('backup-now')}
          >
            <DatabaseBackup size={16} aria-hidden /> Back up now…
          </button>
        </div>
      </div>
      <p className="muted">
        Backups are encrypted files in the open age format: any computer with the{' '}
        <span className="mono">age</span> tool can decrypt them, nobody without the passphrase or
        key can.
      </p>

      <h3>Automatic backups</h3>
      {settings.hasKey ? (
        <p>
          On, encrypted to your backup key.{' '}
          {latest
            ? `Last automatic backup of “${info.name}”: ${formatWhen(latest.createdAt)}.`
            : `No automatic backup of “${info.name}” yet; the first runs shortly.`}
        </p>
      ) : (
        <p>
          Not set up yet. Automatic backups need a key, which you protect with a passphrase and
          receive once as a recovery key.
        </p>
      )}
      <div className="backup-settings">
        <SelectField
          id="backup-frequency"
          label="How often"
          value={settings.frequency}
          options={frequencyOptions}
          onChange={(value) => void save({ frequency: value as BackupSettings['frequency'] })}
        />
        <NumberField
          id="backup-keep"
          label="Backups kept per workspace"
          min={keepLastRange.min}
          max={keepLastRange.max}
          step={1}
          value={keepLast}
          error={keepError}
          onChange={setKeepLast}
          onBlur={saveKeepLast}
          onKeyDown={(event) => event.key === 'Enter' && saveKeepLast()}
        />
        <button type="button" className="button" onClick={() => show('key-setup')}>
          {settings.hasKey ? 'Replace the key…' : 'Set up automatic backups…'}
        </button>
      </div>
      <p className="backup-folder">
        Folder: <span className="mono">{settings.folder}</span>
        <button type="button" className="link-button" onClick={() => void chooseFolder()}>
          Change…
        </button>
      </p>

      <h3>Open export</h3>
      <p className="muted">
        Everything in plain, readable files for other tools. These files are not encrypted.
      </p>
      <div className="row">
        <button type="button" className="button" onClick={() => void exportPlainJson()}>
          <FileJson size={16} aria-hidden /> Export as JSON…
        </button>
        <button type="button" className="button" onClick={() => void exportCsvZip()}>
          <FileSpreadsheet size={16} aria-hidden /> Export as CSV files (zip)…
        </button>
      </div>
    </section>
  )
}
