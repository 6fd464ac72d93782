import type { CareerPath, Certification, LeaverRecord, Person, RoleProfile } from '../../model'
import { formatDayMonthYear as formatDay, isIsoDate } from '../dates/iso-date'
import { diffJobs, type Job } from './history'

/** What is wrong with a form, and the field to point at. */
export interface CareerProblem {
  field: string
  message: string
}

/** Refuses a leaving that cannot be: before the hire date, or for someone who has left already. */
export function findLeaverProblem(
  person: Person,
  leaver: Pick<LeaverRecord, 'date' | 'reason' | 'reasonDetail'>,
): CareerProblem | null {
  if (person.status === 'left') {
    return { field: 'date', message: `${person.displayName} is already recorded as left.` }
  }
  if (!isIsoDate(leaver.date)) {
    return { field: 'date', message: 'Enter the last day as a date.' }
  }
  if (person.hireDate !== null && leaver.date < person.hireDate) {
    return {
      field: 'date',
      message: `The leaving date (${formatDay(leaver.date)}) is before ${person.displayName} was hired (${formatDay(person.hireDate)}).`,
    }
  }
  if (leaver.reason === '' && leaver.reasonDetail.trim() === '') {
    return { field: 'reason', message: 'Choose a reason, or say in your own words why they left.' }
  }
  return null
}

/** Refuses a career event that changes nothing, predates the hire, or promotes into the same role. */
export function findCareerEventProblem(input: {
  person: Person
  date: string
  isPromotion: boolean
  before: Job
  after: Job
  roles: readonly RoleProfile[]
}): CareerProblem | null {
  const { person, date, before, after } = input
  if (!isIsoDate(date)) {
    return { field: 'date', message: 'Enter the date the change took effect.' }
  }
  if (person.hireDate !== null && date < person.hireDate) {
    return {
      field: 'date',
      message: `The change (${formatDay(date)}) is before ${person.displayName} was hired (${formatDay(person.hireDate)}).`,
    }
  }
  if (input.isPromotion && after.roleId !== null && after.roleId === before.roleId) {
    const role = input.roles.find((r) => r.id === after.roleId)?.name ?? 'that role'
    return {
      field: 'roleId',
      message: `${person.displayName} is already ${role}; a promotion moves them into another role.`,
    }
  }
  if (input.isPromotion && after.roleId === null) {
    return { field: 'roleId', message: 'Choose the role they are promoted into.' }
  }
  if (diffJobs(before, after).length === 0) {
    return { field: 'roleId', message: 'Nothing changes: change the role, title, team or manager.' }
  }
  if (after.managerId !== null && after.managerId === person.id) {
    return { field: 'managerId', message: 'A person cannot be their own manager.' }
  }
  return null
}

/**
 * Refuses a path that loops: a role twice in it, or a step that, with the other paths, leads back
 * to where it started (Barista -> Shift lead here and Shift lead -> Barista in another path).
 */
export function findCareerPathProblem(
  path: Pick<CareerPath, 'id' | 'name' | 'roleIds'>,
  otherPaths: readonly CareerPath[],
  roles: readonly RoleProfile[],
): CareerProblem | null {
  const nameOf = (id: string) => roles.find((role) => role.id === id)?.name ?? 'a deleted role'
  if (path.name.trim() === '') return { field: 'name', message: 'Give the path a name.' }
  if (path.roleIds.length < 2) {
    return { field: 'roleIds', message: 'A path needs at least two roles, lowest first.' }
  }
  const seen = new Set<string>()
  for (const roleId of path.roleIds) {
    if (seen.has(roleId)) {
      return {
        field: 'roleIds',
        message: `${nameOf(roleId)} appears twice: the path would loop back to it.`,
      }
    }
    seen.add(roleId)
  }
  const next = new Map<string, Set<string>>()
  for (const { roleIds } of [...otherPaths.filter((other) => other.id !== path.id), path]) {
    for (let index = 0; index + 1 < roleIds.length; index += 1) {
      const from = roleIds[index]!
      if (!next.has(from)) next.set(from, new Set())
      next.get(from)!.add(roleIds[index + 1]!)
    }
  }
  for (let index = 0; index + 1 < path.roleIds.length; index += 1) {
    const from = path.roleIds[index]!
    const to = path.roleIds[index + 1]!
    if (leadsTo(next, to, from)) {
      return {
        field: 'roleIds',
        message: `With the other paths, ${nameOf(to)} leads back to ${nameOf(from)}: the paths would loop.`,
      }
    }
  }
  return null
}

function leadsTo(next: Map<string, Set<string>>, start: string, target: string): boolean {
  const stack = [start]
  const seen = new Set<string>()
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current === target) return true
    if (seen.has(current)) continue
    seen.add(current)
    stack.push(...(next.get(current) ?? []))
  }
  return false
}

/** Refuses a certification that expires before it was issued. */
export function findCertificationProblem(
  certification: Pick<Certification, 'name' | 'issuedOn' | 'expiresOn'>,
): CareerProblem | null {
  if (certification.name.trim() === '') {
    return { field: 'name', message: 'Name the certification.' }
  }
  if (!isIsoDate(certification.issuedOn)) {
    return { field: 'issuedOn', message: 'Enter the date it was issued.' }
  }
  if (certification.expiresOn !== null && certification.expiresOn < certification.issuedOn) {
    return {
      field: 'expiresOn',
      message: `It expires (${formatDay(certification.expiresOn)}) before it was issued (${formatDay(certification.issuedOn)}).`,
    }
  }
  return null
}
