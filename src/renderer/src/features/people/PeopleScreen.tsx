import './people.css'
import { useState } from 'react'
import { useRoutePath } from '../../app/router'
import { PageHeader } from '../../ui/PageHeader'
import { ImportRosterScreen } from '../roster-import/ImportRosterScreen'
import { Tabs } from '../../ui/Tabs'
import { OrgChart } from './OrgChart'
import { PeopleList } from './PeopleList'
import { PersonProfile } from './PersonProfile'
import { TeamsPanel } from './TeamsPanel'

type PeopleView = 'list' | 'org' | 'teams'

export function PeopleScreen() {
  const path = useRoutePath()
  const personId = path.split('/')[2]
  const [view, setView] = useState<PeopleView>('list')
  if (personId === 'import') return <ImportRosterScreen />
  if (personId) return <PersonProfile personId={decodeURIComponent(personId)} />
  return (
    <div className="page">
      <PageHeader
        title="People"
        description="Everyone on the team, their manager line and their teams."
      />
      <Tabs
        label="People views"
        selected={view}
        onSelect={setView}
        tabs={[
          { id: 'list', label: 'List' },
          { id: 'org', label: 'Org chart' },
          { id: 'teams', label: 'Teams' },
        ]}
      >
        {view === 'list' ? <PeopleList /> : view === 'org' ? <OrgChart /> : <TeamsPanel />}
      </Tabs>
    </div>
  )
}
