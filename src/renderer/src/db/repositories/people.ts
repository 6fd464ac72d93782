import { Person, Team, type TableName } from '../../../../shared/model'
import type { WorkspaceDb } from '../workspace-db'

/** Tables whose records point at a person and go when that person is deleted. */
const personOwnedTables = [
  'assessments',
  'aspirations',
  'requirementOverrides',
  'checkins',
  'actionItems',
  'feedback',
  'plans',
  'planItems',
  'enrolments',
  'reviews',
  'careerEvents',
  'leavers',
  'certifications',
] as const satisfies readonly TableName[]

const byDisplayName = (a: Person, b: Person): number => a.displayName.localeCompare(b.displayName)

/** People still with the company, by name. The people table has no indexes besides the id (schema v5). */
export async function listActivePeople(db: WorkspaceDb): Promise<Person[]> {
  return (await db.people.filter((person) => person.status === 'active').toArray()).sort(
    byDisplayName,
  )
}

/** The people whose manager is `managerId`, by name. */
export async function listDirectReports(db: WorkspaceDb, managerId: string): Promise<Person[]> {
  return (await db.people.filter((person) => person.managerId === managerId).toArray()).sort(
    byDisplayName,
  )
}

export async function savePerson(db: WorkspaceDb, person: Person): Promise<Person> {
  const valid = Person.parse(person)
  if (valid.managerId === valid.id) throw new Error('A person cannot be their own manager.')
  if (valid.managerId && (await isInManagerChain(db, valid.managerId, valid.id))) {
    throw new Error(
      'That manager reports to this person already; the manager line would go round in a circle.',
    )
  }
  await db.people.put(valid)
  return valid
}

/** True when `personId` appears in the manager chain above `startId`. */
async function isInManagerChain(
  db: WorkspaceDb,
  startId: string,
  personId: string,
): Promise<boolean> {
  const seen = new Set<string>()
  let current: string | null = startId
  while (current && !seen.has(current)) {
    if (current === personId) return true
    seen.add(current)
    current = (await db.people.get(current))?.managerId ?? null
  }
  return false
}

/** Deletes a person and every record about them, in one transaction; their reports lose the manager link. */
export async function deletePerson(db: WorkspaceDb, id: string): Promise<void> {
  const tables = [
    db.people,
    db.teams,
    db.evaluations,
    db.materials,
    ...personOwnedTables.map((name) => db.table(name)),
  ]
  await db.transaction('rw', tables, async () => {
    const enrolmentIds = await db.enrolments.where('personId').equals(id).primaryKeys()
    await db.evaluations.where('enrolmentId').anyOf(enrolmentIds.map(String)).delete()
    const certificationIds = await db.certifications.where('personId').equals(id).primaryKeys()
    await db.materials.where('ownerId').anyOf(certificationIds.map(String)).delete()
    for (const name of personOwnedTables) await db.table(name).where('personId').equals(id).delete()
    await db.people.filter((person) => person.managerId === id).modify({ managerId: null })
    await db.teams.filter((team) => team.leadPersonId === id).modify({ leadPersonId: null })
    await db.people.delete(id)
  })
}

export async function saveTeam(db: WorkspaceDb, team: Team): Promise<Team> {
  const valid = Team.parse(team)
  const sameName = await db.teams
    .filter(
      (other) => other.id !== valid.id && other.name.toLowerCase() === valid.name.toLowerCase(),
    )
    .first()
  if (sameName) throw new Error(`There is already a team called “${sameName.name}”.`)
  await db.teams.put(valid)
  return valid
}

/** Deletes a team; its members stay, without a team. */
export async function deleteTeam(db: WorkspaceDb, id: string): Promise<void> {
  await db.transaction('rw', db.teams, db.people, async () => {
    await db.people.filter((person) => person.teamId === id).modify({ teamId: null })
    await db.teams.filter((team) => team.parentTeamId === id).modify({ parentTeamId: null })
    await db.teams.delete(id)
  })
}
