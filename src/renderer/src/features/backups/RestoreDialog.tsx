import { useEffect, useState, type FormEvent } from 'react'
import type { BackupLock, BackupSecret, ListedBackup } from '../../../../shared/backup-contract'
import type { BackupSummary } from '../../../../shared/domain/backup/format'
import { useWorkspaceStore } from '../../app/workspace-store'
import { latestWorkspaceSchemaVersion } from '../../db/schema'
import { desktop } from '../../platform'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import { restoreAsNewWorkspace, restoreIntoCurrent } from './backup-actions'
import { BackupSummaryView, formatWhen } from './BackupSummaryView'

type Picked = { token: string; fileName: string; lock: BackupLock }
type Opened = { summary: BackupSummary; tablesJson: string }

export function RestoreDialog(props: { isOpen: boolean; onClose: () => void }) {
  const { isOpen, onClose } = props
  const [picked, setPicked] = useState<Picked | null>(null)
  const [opened, setOpened] = useState<Opened | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [isBusy, setIsBusy] = useState(false)

  const close = (): void => {
    setPicked(null)
    setOpened(null)
    setError(null)
    onClose()
  }

  const open = async (next: Picked, secret: BackupSecret): Promise<void> => {
    setIsBusy(true)
    setError(null)
    try {
      const result = await desktop.openBackup({
        token: next.token,
        secret,
        maxSchemaVersion: latestWorkspaceSchemaVersion,
      })
      if (result.status === 'opened') setOpened(result)
      else if (result.reason === 'wrong-secret') setError(result.message)
      else {
        setPicked(null)
        setError(`${next.fileName}: ${result.message}`)
      }
    } catch (failure) {
      setPicked(null)
      setError(`${next.fileName} could not be opened: ${describe(failure)}`)
    } finally {
      setIsBusy(false)
    }
  }

  const choose = async (pick: () => ReturnType<typeof desktop.pickBackupFile>): Promise<void> => {
    setError(null)
    let result: Awaited<ReturnType<typeof pick>>
    try {
      result = await pick()
    } catch (failure) {
      return setError(`The backup could not be read: ${describe(failure)}`)
    }
    if (result.status === 'cancelled') return
    if (result.status === 'failed') return setError(result.message)
    setPicked(result)
    if (result.lock === 'none') await open(result, { kind: 'none' })
  }

  let body
  if (opened && picked) {
    body = <ReviewStep picked={picked} opened={opened} onDone={close} onError={setError} />
  } else if (picked && picked.lock !== 'none') {
    body = (
      <UnlockStep
        picked={picked}
        isBusy={isBusy}
        onBack={() => setPicked(null)}
        onSubmit={(secret) => void open(picked, secret)}
      />
    )
  } else {
    body = (
      <ChooseStep
        isBusy={isBusy}
        onClose={close}
        onChooseFile={() => void choose(() => desktop.pickBackupFile())}
        onChooseListed={(entry) =>
          void choose(() =>
            desktop.pickListedBackup({ fileName: entry.fileName, source: entry.source }),
          )
        }
      />
    )
  }

  return (
    <Modal title="Restore from a backup" isOpen={isOpen} onClose={close} isWide>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {body}
    </Modal>
  )
}

function ChooseStep(props: {
  isBusy: boolean
  onClose(): void
  onChooseFile(): void
  onChooseListed(entry: ListedBackup): void
}) {
  const currentId = useWorkspaceStore((state) => state.current?.info.id)
  const [listed, setListed] = useState<ListedBackup[] | null>(null)
  useEffect(() => {
    void desktop.listBackups().then(setListed)
  }, [])
  const mine = (listed ?? []).filter((entry) => !currentId || entry.workspaceId === currentId)
  return (
    <>
      <p className="muted">
        Restore a backup made with “Back up now…”, an automatic backup, a safety copy, or a plain
        JSON export. Trellis shows what the backup holds and asks before changing anything.
      </p>
      <div className="row">
        <button type="button" className="button button-primary" onClick={props.onChooseFile}>
          Choose a backup file…
        </button>
      </div>
      <h3 className="backup-list-title">
        Automatic backups and safety copies{currentId ? ' of this workspace' : ''}
      </h3>
      {listed === null ? (
        <p className="muted">Looking in the backup folder…</p>
      ) : mine.length === 0 ? (
        <p className="muted">
          None yet. Automatic backups start once you set them up in Settings → Backups.
        </p>
      ) : (
        <ul className="backup-list" aria-label="Backups in the backup folder">
          {mine.slice(0, 30).map((entry) => (
            <li key={`${entry.source}/${entry.fileName}`}>
              <span>
                {formatWhen(entry.createdAt)}
                <span className="muted">
                  {entry.source === 'safety' ? ' · safety copy before a restore' : ' · automatic'}
                </span>
              </span>
              <button
                type="button"
                className="button"
                disabled={props.isBusy}
                aria-label={`Open the backup of ${formatWhen(entry.createdAt)}`}
                onClick={() => props.onChooseListed(entry)}
              >
                Open…
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="modal-footer">
        <button type="button" className="button" onClick={props.onClose}>
          Close
        </button>
      </div>
    </>
  )
}

function UnlockStep(props: {
  picked: Picked
  isBusy: boolean
  onBack(): void
  onSubmit(secret: BackupSecret): void
}) {
  const { picked, isBusy } = props
  const [mode, setMode] = useState<'key-passphrase' | 'recovery-key'>('key-passphrase')
  const [value, setValue] = useState('')
  const isKey = picked.lock === 'key'
  const submit = (event: FormEvent): void => {
    event.preventDefault()
    if (!value.trim()) return
    if (!isKey) props.onSubmit({ kind: 'passphrase', passphrase: value })
    else if (mode === 'recovery-key') props.onSubmit({ kind: 'recovery-key', key: value })
    else props.onSubmit({ kind: 'key-passphrase', passphrase: value })
  }
  return (
    <form onSubmit={submit} noValidate>
      <p>
        <strong>{picked.fileName}</strong>{' '}
        {isKey
          ? 'is an automatic backup, encrypted to your backup key.'
          : 'is encrypted with a passphrase.'}
      </p>
      {isKey ? (
        <fieldset className="radio-group">
          <legend>Unlock with</legend>
          <label className="radio">
            <input
              type="radio"
              name="unlock"
              checked={mode === 'key-passphrase'}
              onChange={() => setMode('key-passphrase')}
            />
            The key passphrase
          </label>
          <label className="radio">
            <input
              type="radio"
              name="unlock"
              checked={mode === 'recovery-key'}
              onChange={() => setMode('recovery-key')}
            />
            The recovery key
          </label>
        </fieldset>
      ) : null}
      <div className="field">
        <label htmlFor="restore-secret">
          {!isKey ? 'Passphrase' : mode === 'recovery-key' ? 'Recovery key' : 'Key passphrase'}
        </label>
        <input
          id="restore-secret"
          type={mode === 'recovery-key' && isKey ? 'text' : 'password'}
          autoFocus
          autoComplete="off"
          spellCheck={false}
          value={value}
          placeholder={mode === 'recovery-key' && isKey ? 'AGE-SECRET-KEY-1…' : undefined}
          onChange={(event) => setValue(event.target.value)}
        />
      </div>
      <div className="modal-footer">
        <button type="button" className="button" onClick={props.onBack}>
          Back
        </button>
        <button type="submit" className="button button-primary" disabled={isBusy || !value.trim()}>
          {isBusy ? 'Decrypting…' : 'Unlock'}
        </button>
      </div>
    </form>
  )
}

function ReviewStep(props: {
  picked: Picked
  opened: Opened
  onDone(): void
  onError(message: string): void
}) {
  const { picked, opened } = props
  const current = useWorkspaceStore((state) => state.current?.info)
  const [isBusy, setIsBusy] = useState(false)

  const replace = async (): Promise<void> => {
    if (!current) return
    const { isConfirmed } = await desktop.confirm({
      title: 'Replace the workspace',
      message: `Replace everything in “${current.name}” with this backup?`,
      detail: `The backup of ${formatWhen(opened.summary.createdAt)} holds ${opened.summary.totalRecords} records. Trellis first saves the current data as an encrypted safety copy, which Restore… lists.`,
      confirmLabel: 'Replace',
      isDestructive: true,
    })
    if (!isConfirmed) return
    setIsBusy(true)
    const result = await restoreIntoCurrent({ token: picked.token, tablesJson: opened.tablesJson })
    setIsBusy(false)
    if (!result.ok) return props.onError(result.message)
    notify(
      'success',
      `Restored the backup of ${formatWhen(opened.summary.createdAt)}. The previous data is saved as a safety copy: ${result.safetyCopy}`,
    )
    props.onDone()
  }

  const restoreNew = async (): Promise<void> => {
    setIsBusy(true)
    const result = await restoreAsNewWorkspace(opened)
    setIsBusy(false)
    if (!result.ok) return props.onError(result.message)
    notify('success', `Restored the backup as a new workspace, “${result.name}”.`)
    props.onDone()
  }

  return (
    <>
      <BackupSummaryView summary={opened.summary} fileName={picked.fileName} />
      <div className="modal-footer">
        <button
          type="button"
          className="button"
          disabled={isBusy}
          onClick={() => void restoreNew()}
        >
          Restore as a new workspace
        </button>
        {current ? (
          <button
            type="button"
            className="button button-danger"
            disabled={isBusy}
            onClick={() => void replace()}
          >
            Replace “{current.name}”…
          </button>
        ) : null}
      </div>
    </>
  )
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
