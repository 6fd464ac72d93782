import type { BackupSummary } from '../../../../shared/domain/backup/format'
import { labelTable } from '../../../../shared/domain/backup/table-labels'

export function formatWhen(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}

/** What a backup holds: when, from which workspace and version, and the records per table. */
export function BackupSummaryView(props: { summary: BackupSummary; fileName: string }) {
  const { summary, fileName } = props
  const tables = Object.entries(summary.counts).filter(([, count]) => count > 0)
  return (
    <section aria-label="What the backup holds">
      <dl className="facts">
        <dt>File</dt>
        <dd>{fileName}</dd>
        <dt>Workspace</dt>
        <dd>{summary.workspaceName}</dd>
        <dt>Made</dt>
        <dd>{formatWhen(summary.createdAt)}</dd>
        <dt>By</dt>
        <dd>
          Trellis {summary.appVersion} (backup format {summary.formatVersion}, database version{' '}
          {summary.schemaVersion})
        </dd>
        <dt>Records</dt>
        <dd>{summary.totalRecords.toLocaleString()} (checksum verified)</dd>
      </dl>
      <ul className="backup-counts" aria-label="Records per table">
        {tables.map(([name, count]) => (
          <li key={name}>
            <span>{labelTable(name)}</span> <strong>{count.toLocaleString()}</strong>
          </li>
        ))}
      </ul>
    </section>
  )
}
