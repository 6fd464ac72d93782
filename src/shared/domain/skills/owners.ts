import type { Person } from '../../model'

/**
 * Owners: the top of the organisation, with no team and no manager, whom someone reports to.
 * Their own cells in the matrix still show their levels and requirements, but no gap total
 * counts them: they are in no team whose gaps they could add to, and with no manager, nobody
 * records the manager assessments the matrix reads, so every requirement would count as a gap.
 * Someone with no team, no manager and no reports is not placed yet, and counts as usual.
 */
export function findOwnerIds(people: readonly Person[]): ReadonlySet<string> {
  const managerIds = new Set<string>()
  for (const person of people) if (person.managerId !== null) managerIds.add(person.managerId)
  const owners = new Set<string>()
  for (const person of people) {
    if (person.teamId === null && person.managerId === null && managerIds.has(person.id)) {
      owners.add(person.id)
    }
  }
  return owners
}
