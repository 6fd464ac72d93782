import { CadenceSection } from '../checkins/CadenceSection'
import { PageHeader } from '../../ui/PageHeader'
import { FiscalYearSection } from '../goals/FiscalYearSection'
import { AppearanceSection } from './AppearanceSection'
import { BackupsSection } from './BackupsSection'
import { NotificationsSection } from './NotificationsSection'
import { TrainingBudgetSection } from './TrainingBudgetSection'
import { WorkspacesSection } from './WorkspacesSection'

export function SettingsScreen() {
  return (
    <div className="page">
      <PageHeader
        title="Settings"
        description="Workspaces, appearance and notifications. Everything stays on this computer."
      />
      <WorkspacesSection />
      <BackupsSection />
      <AppearanceSection />
      <NotificationsSection />
      <CadenceSection />
      <FiscalYearSection />
      <TrainingBudgetSection />
    </div>
  )
}
