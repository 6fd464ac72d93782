import './reports.css'
import { FileText } from 'lucide-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { WorkspaceSettings } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { EmptyState } from '../../ui/EmptyState'
import { PageHeader } from '../../ui/PageHeader'
import { useReviewData } from '../reviews/use-review-data'
import { BatchExport } from './BatchExport'
import { PacketExport } from './PacketExport'
import { TeamReportExport } from './TeamReportExport'

export function ReportsScreen() {
  const data = useReviewData()
  const { db } = useCurrentWorkspace()
  const settings = useLiveQuery(async () => {
    const records = await db.settings.toArray()
    return WorkspaceSettings.parse(Object.fromEntries(records.map((r) => [r.key, r.value])))
  }, [db])
  const isReady = data !== undefined && settings !== undefined
  return (
    <div className="page" aria-busy={!isReady} data-ready={isReady ? 'true' : undefined}>
      <PageHeader
        title="Reports & export"
        description="Review packets as PDFs for one person or a whole team, and the team skills report."
      />
      {!isReady ? null : data.people.length === 0 ? (
        <EmptyState icon={FileText} title="Nobody to report on yet">
          <p>
            Add people or import a roster first; packets and reports are built from their records.
          </p>
        </EmptyState>
      ) : (
        <div className="card-grid">
          <PacketExport data={data} />
          <BatchExport data={data} />
          <TeamReportExport data={data} systemicGapThreshold={settings.systemicGapThreshold} />
        </div>
      )}
    </div>
  )
}
