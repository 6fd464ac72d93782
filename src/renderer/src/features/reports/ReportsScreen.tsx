import './reports.css'
import { FileText } from 'lucide-react'
import { navigate, useRoutePath } from '../../app/router'
import { Tabs } from '../../ui/Tabs'
import { RetentionReportView } from './retention/RetentionReportView'
import { EmptyState } from '../../ui/EmptyState'
import { PageHeader } from '../../ui/PageHeader'
import { useReviewData } from '../../app/use-review-data'
import { BatchExport } from './BatchExport'
import { PacketExport } from './PacketExport'
import { TeamReportExport } from './TeamReportExport'
import { useWorkspaceSettings } from '../../app/use-workspace-settings'

export function ReportsScreen() {
  const data = useReviewData()
  const settings = useWorkspaceSettings()
  const isReady = data !== undefined && settings !== undefined
  // #/reports/retention opens the retention report (the dashboard links there).
  const tab = useRoutePath().split('/')[2] === 'retention' ? 'retention' : 'exports'
  const setTab = (id: 'exports' | 'retention') =>
    navigate(id === 'retention' ? '/reports/retention' : '/reports')
  return (
    <div className="page" aria-busy={!isReady} data-ready={isReady ? 'true' : undefined}>
      <PageHeader
        title="Reports & export"
        description="Review packets as PDFs, the team skills report, and who stays, leaves and moves up."
      />
      {!isReady ? null : data.people.length === 0 ? (
        <EmptyState icon={FileText} title="Nobody to report on yet">
          <p>
            Add people or import a roster first; packets and reports are built from their records.
          </p>
        </EmptyState>
      ) : (
        <Tabs
          label="Reports sections"
          tabs={[
            { id: 'exports', label: 'Packets & exports' },
            { id: 'retention', label: 'Retention & careers' },
          ]}
          selected={tab}
          onSelect={setTab}
        >
          {tab === 'exports' ? (
            <div className="card-grid">
              <PacketExport data={data} />
              <BatchExport data={data} />
              <TeamReportExport data={data} systemicGapThreshold={settings.systemicGapThreshold} />
            </div>
          ) : (
            <RetentionReportView />
          )}
        </Tabs>
      )}
    </div>
  )
}
