import './people.css'
import { useState, type ReactNode } from 'react'
import { useRoutePath } from '../../app/router'
import { PageHeader } from '../../ui/PageHeader'
import { Tabs } from '../../ui/Tabs'
import { OrgChart } from './OrgChart'
import { PeopleList } from './PeopleList'
import { PersonProfile, type PersonTab } from './PersonProfile'
import { TeamsPanel } from './TeamsPanel'

type PeopleView = 'list' | 'org' | 'teams'

/**
 * People, a person's profile at #/people/<id>, and `importScreen` (the roster import wizard) at
 * #/people/import. app/screens/PeopleRoute.tsx passes in the wizard and the profile's tabs.
 */
export function PeopleScreen(props: { importScreen: ReactNode; personTabs: PersonTab[] }) {
  const path = useRoutePath()
  const personId = path.split('/')[2]
  const [view, setView] = useState<PeopleView>('list')
  if (personId === 'import') return props.importScreen
  if (personId)
    return <PersonProfile personId={decodeURIComponent(personId)} tabs={props.personTabs} />
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
