import './training.css'
import { useState } from 'react'
import { PageHeader } from '../../ui/PageHeader'
import { Tabs } from '../../ui/Tabs'
import { CampaignsView } from './CampaignsView'
import { EnrolmentsView } from './EnrolmentsView'
import { InitiativeCatalogue } from './InitiativeCatalogue'
import { TeamPlansView } from './TeamPlansView'

type TrainingView = 'catalogue' | 'campaigns' | 'enrolments' | 'team'

export function TrainingScreen() {
  const [view, setView] = useState<TrainingView>('catalogue')
  return (
    <div className="page">
      <PageHeader
        title="Training"
        description="The catalogue of initiatives, campaigns for cohorts, and every development plan with its budget."
      />
      <Tabs
        label="Training views"
        selected={view}
        onSelect={setView}
        tabs={[
          { id: 'catalogue', label: 'Catalogue' },
          { id: 'campaigns', label: 'Campaigns' },
          { id: 'enrolments', label: 'Enrolments' },
          { id: 'team', label: 'Team plans & budget' },
        ]}
      >
        {view === 'catalogue' ? (
          <InitiativeCatalogue />
        ) : view === 'campaigns' ? (
          <CampaignsView />
        ) : view === 'enrolments' ? (
          <EnrolmentsView />
        ) : (
          <TeamPlansView />
        )}
      </Tabs>
    </div>
  )
}
