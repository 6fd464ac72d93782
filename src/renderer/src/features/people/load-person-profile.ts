import type { Person, RoleProfile, Team } from '../../../../shared/model'
import { listDirectReports } from '../../db/repositories/people'
import type { WorkspaceDb } from '../../db/workspace-db'

/** The records the profile names beside the person: undefined when none is set or it is gone. */
export interface PersonRelations {
  team: Team | undefined
  manager: Person | undefined
  role: RoleProfile | undefined
  reports: Person[]
}

export interface PersonProfileData {
  person: Person
  related: PersonRelations
}

/**
 * The person and what the profile shows about them, read together: the profile draws nothing
 * until all of it is here, so it never shows "Not recorded" for a team that is still loading.
 */
export async function loadPersonProfile(
  db: WorkspaceDb,
  personId: string,
): Promise<PersonProfileData | null> {
  const person = await db.people.get(personId)
  if (!person) return null
  const [team, manager, role, reports] = await Promise.all([
    person.teamId ? db.teams.get(person.teamId) : undefined,
    person.managerId ? db.people.get(person.managerId) : undefined,
    person.roleId ? db.roleProfiles.get(person.roleId) : undefined,
    listDirectReports(db, person.id),
  ])
  return { person, related: { team, manager, role, reports } }
}
