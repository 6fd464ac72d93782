import type { Person } from '../../model'

export interface OrgNode {
  person: Person
  reports: OrgNode[]
}

/**
 * The manager line as a forest of active people: roots are people without an active manager.
 * A cycle in stored data (which the editor refuses, but an old file might hold) is broken, not looped.
 */
export function buildOrgTree(people: Person[]): OrgNode[] {
  const active = people.filter((person) => person.status === 'active')
  const byId = new Map(active.map((person) => [person.id, person]))
  const children = new Map<string, Person[]>()
  const roots: Person[] = []
  for (const person of active) {
    if (person.managerId && byId.has(person.managerId) && person.managerId !== person.id) {
      children.set(person.managerId, [...(children.get(person.managerId) ?? []), person])
    } else {
      roots.push(person)
    }
  }
  const placed = new Set<string>()
  const byName = (a: Person, b: Person): number => a.displayName.localeCompare(b.displayName)
  const build = (person: Person): OrgNode => {
    placed.add(person.id)
    const reports = (children.get(person.id) ?? [])
      .filter((child) => !placed.has(child.id))
      .sort(byName)
    return { person, reports: reports.map(build) }
  }
  const forest = roots.sort(byName).map(build)
  // People caught in a cycle never hang under a root: show them at the top level.
  for (const person of active) if (!placed.has(person.id)) forest.push(build(person))
  return forest
}
