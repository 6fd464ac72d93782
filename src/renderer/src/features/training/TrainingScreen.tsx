import './training.css'
import { useState } from 'react'
import { PageHeader } from '../../ui/PageHeader'
import { Tabs } from '../../ui/Tabs'
import { CampaignsView } from './CampaignsView'
import { InitiativeCatalogue } from './InitiativeCatalogue'
import { TeamPlansView } from './TeamPlansView'

type TrainingView = 'catalogue' | 'campaigns' | 'team'

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
          { id: 'team', label: 'Team plans & budget' },
        ]}
      >
        {view === 'catalogue' ? (
          <InitiativeCatalogue />
        ) : view === 'campaigns' ? (
          <CampaignsView />
        ) : (
          <TeamPlansView />
        )}
      </Tabs>
    </div>
  )
}
