import { PeopleScreen } from '../../features/people/PeopleScreen'
import { ImportRosterScreen } from '../../features/roster-import/ImportRosterScreen'
import { personTabs } from './person-tabs'

/** #/people: People, with the roster import wizard and the profile's tabs from other features. */
export function PeopleRoute() {
  return <PeopleScreen importScreen={<ImportRosterScreen />} personTabs={personTabs} />
}
