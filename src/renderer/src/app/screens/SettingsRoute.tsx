import { BackupsSection } from '../../features/backups/BackupsSection'
import { LeavingReasonsSection } from '../../features/careers/LeavingReasonsSection'
import { MentoringSection } from '../../features/careers/MentoringSection'
import { CadenceSection } from '../../features/checkins/CadenceSection'
import { FiscalYearSection } from '../../features/goals/FiscalYearSection'
import { ImportProfilesSection } from '../../features/roster-import/ImportProfilesSection'
import { AppearanceSection } from '../../features/settings/AppearanceSection'
import { NotificationsSection } from '../../features/settings/NotificationsSection'
import { SettingsScreen } from '../../features/settings/SettingsScreen'
import { TrainingBudgetSection } from '../../features/settings/TrainingBudgetSection'
import { WorkspacesSection } from '../../features/workspaces/WorkspacesSection'

/** #/settings: each section from the feature whose settings it holds, in the order shown. */
export function SettingsRoute() {
  return (
    <SettingsScreen>
      <WorkspacesSection />
      <BackupsSection />
      <AppearanceSection />
      <NotificationsSection />
      <CadenceSection />
      <FiscalYearSection />
      <TrainingBudgetSection />
      <LeavingReasonsSection />
      <MentoringSection />
      <ImportProfilesSection />
    </SettingsScreen>
  )
}
