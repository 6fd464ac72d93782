import type { Person, Team } from '../../model'

/** The people table as CSV rows; the headers are ones the roster import maps back automatically. */
export function buildPeopleCsvRows(people: Person[], teams: Team[]): string[][] {
  const teamNames = new Map(teams.map((team) => [team.id, team.name]))
  const byId = new Map(people.map((person) => [person.id, person]))
  const customKeys = [
    ...new Set(people.flatMap((person) => Object.keys(person.customFields))),
  ].sort()
  const header = [
    'Employee ID',
    'Full name',
    'First name',
    'Last name',
    'Email',
    'Job title',
    'Department',
    'Manager email',
    'Hire date',
    'Status',
    'Location',
    'Work arrangement',
    ...customKeys,
  ]
  const rows = [...people]
    .sort((a, b) => a.displayName.localeCompare(b.displayName))
    .map((person) => {
      const manager = person.managerId ? byId.get(person.managerId) : undefined
      return [
        person.employeeId ?? '',
        person.displayName,
        person.givenName,
        person.familyName,
        person.email,
        person.title,
        person.teamId ? (teamNames.get(person.teamId) ?? '') : '',
        manager ? manager.email || manager.displayName : '',
        person.hireDate ?? '',
        person.status === 'left' ? 'Left' : 'Active',
        person.location,
        person.workArrangement ?? '',
        ...customKeys.map((key) => person.customFields[key] ?? ''),
      ]
    })
  return [header, ...rows]
}
