import { useEffect, useState } from 'react'
import type { BackupLock, BackupSecret, ListedBackup } from '../../../../shared/backup-contract'
import type { BackupSummary } from '../../../../shared/domain/backup/format'
import { useWorkspaceStore } from '../../app/workspace-store'
import { latestWorkspaceSchemaVersion } from '../../db/schema'
import { desktop } from '../../platform'
import { FieldError } from '../../ui/form'
import { describeError } from '../../ui/format'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import { restoreAsNewWorkspace, restoreIntoCurrent } from './backup-actions'
import { BackupSummaryView, formatWhen } from './BackupSummaryView'
import { UnlockStep } from './UnlockStep'

type Picked = { token: string; fileName: string; lock: BackupLock }
type Opened = { summary: BackupSummary; tablesJson: string }

export function RestoreDialog(props: { isOpen: boolean; onClose: () => void }) {
  const { isOpen, onClose } = props
  return (
    <Modal title="Restore from a backup" isOpen={isOpen} onClose={onClose} isWide>
      {/* Mounted only while open, so every opening starts by choosing a backup. */}
      <RestoreFlow onClose={onClose} />
    </Modal>
  )
}

/** Choose a backup, unlock it if it is encrypted, then see what it holds and restore it. */
function RestoreFlow(props: { onClose: () => void }) {
  const { onClose } = props
  const [picked, setPicked] = useState<Picked | null>(null)
  const [opened, setOpened] = useState<Opened | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [isBusy, setIsBusy] = useState(false)

  /** Null when opened or sent back a step; the reason when the secret is wrong, to try again. */
  const open = async (next: Picked, secret: BackupSecret): Promise<string | null> => {
    setIsBusy(true)
    setError(null)
    try {
      const result = await desktop.openBackup({
        token: next.token,
        secret,
        maxSchemaVersion: latestWorkspaceSchemaVersion,
      })
      if (result.status === 'opened') setOpened(result)
      else if (result.reason === 'wrong-secret') return result.message
      else {
        setPicked(null)
        setError(`${next.fileName}: ${result.message}`)
      }
    } catch (failure) {
      setPicked(null)
      setError(`${next.fileName} could not be opened: ${describeError(failure)}`)
    } finally {
      setIsBusy(false)
    }
    return null
  }

  const choose = async (pick: () => ReturnType<typeof desktop.pickBackupFile>): Promise<void> => {
    setError(null)
    let result: Awaited<ReturnType<typeof pick>>
    try {
      result = await pick()
    } catch (failure) {
      return setError(`The backup could not be read: ${describeError(failure)}`)
    }
    if (result.status === 'cancelled') return
    if (result.status === 'failed') return setError(result.message)
    setPicked(result)
    if (result.lock === 'none') await open(result, { kind: 'none' })
  }

  let body
  if (opened && picked) {
    body = <ReviewStep picked={picked} opened={opened} onDone={onClose} onError={setError} />
  } else if (picked && picked.lock !== 'none') {
    body = (
      <UnlockStep
        fileName={picked.fileName}
        lock={picked.lock}
        onBack={() => setPicked(null)}
        onUnlock={(secret) => open(picked, secret)}
      />
    )
  } else {
    body = (
      <ChooseStep
        isBusy={isBusy}
        onClose={onClose}
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
    <>
      {error ? <FieldError text={error} /> : null}
      {body}
    </>
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
