import {
  exitInterviewQuestions,
  type CareerEvent,
  type ExitAnswer,
  type LeaverRecord,
  type Person,
  type Team,
} from '../../../model'
import { diffJobs, type Job } from '../../careers/history'
import { toSampleTimestamp } from '../careers'
import { getLaterDate } from '../dates'
import type { Rng } from '../random'
import * as texts from './leaver-texts'
import { toLargeEmail } from './names'
import { findTeamSpec, teamSpecs, toTeamId } from './org-spec'
import { toRoleId } from './role-specs'
import { fill } from './time'
import type { LargeContext, LargeJob, LargePerson, LeaveInfo } from './types'

export function toJob(job: LargeJob): Job {
  return {
    roleId: toRoleId(job.role),
    title: job.title,
    teamId: toTeamId(job.team),
    managerId: job.managerId,
  }
}

export function displayNameOf(person: LargePerson): string {
  return `${person.givenName} ${person.familyName}`
}

export function createTeams(context: LargeContext): Team[] {
  const leads = new Map<string, string>()
  for (const person of context.people) {
    const isActive = person.stints[person.stints.length - 1]?.leftDate === null
    if (isActive && (person.job.role === 'team-lead' || person.isOwner)) {
      leads.set(person.job.team, person.id)
    }
  }
  return teamSpecs.map((spec) => ({
    id: toTeamId(spec.key),
    name: spec.name,
    description: spec.description,
    parentTeamId: spec.parent === null ? null : toTeamId(spec.parent),
    leadPersonId: leads.get(spec.key) ?? null,
  }))
}

export function createPeople(context: LargeContext, rng: Rng): Person[] {
  const emails = new Set<string>()
  return context.people.map((person): Person => {
    const stint = person.stints[person.stints.length - 1]
    const first = person.stints[0]
    if (!stint || !first) throw new Error(`${person.id} has no stint`)
    let email = toLargeEmail(person.givenName, person.familyName, 0)
    for (let n = 2; emails.has(email); n += 1) {
      email = toLargeEmail(person.givenName, person.familyName, n)
    }
    emails.add(email)
    return {
      id: person.id,
      employeeId: `KC-${String(person.number).padStart(4, '0')}`,
      displayName: displayNameOf(person),
      givenName: person.givenName,
      familyName: person.familyName,
      email,
      ...toJob(person.job),
      hireDate: stint.hireDate,
      status: stint.leftDate === null ? 'active' : 'left',
      leftDate: stint.leftDate,
      workArrangement: person.arrangement,
      location: person.site,
      checkinCadence: person.isOwner ? null : person.cadence,
      customFields: describeCustomFields(person, rng),
      createdAt: getLaterDate(first.hireDate, context.start),
    }
  })
}

function describeCustomFields(person: LargePerson, rng: Rng): Record<string, string> {
  const spec = findTeamSpec(person.job.team)
  const isPartTime = spec.family === 'cafe' ? rng.roll(0.4) : rng.roll(0.06)
  const fields: Record<string, string> = { Contract: isPartTime ? 'Part-time' : 'Full-time' }
  if (spec.workplace === 'floor' && spec.family !== 'cafe') {
    fields.Shift = rng.pick(['Early', 'Late', 'Days'])
  }
  if (person.job.role === 'delivery-driver') fields['Driving licence'] = 'C1'
  return fields
}

export function createCareerEvents(context: LargeContext): CareerEvent[] {
  const events: CareerEvent[] = []
  for (const person of context.people) {
    for (const event of person.events) {
      const changes = diffJobs(toJob(event.before), toJob(event.after))
      if (changes.length === 0) continue
      events.push({
        id: `career-${String(events.length + 1).padStart(4, '0')}`,
        personId: person.id,
        date: event.date,
        changes,
        isPromotion: event.isPromotion && event.before.role !== event.after.role,
        source: 'sample',
        sourceName: '',
        importRunId: null,
        note: event.note,
        createdAt: toSampleTimestamp(event.date),
      })
    }
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
}

/** A leaver record for every stint that ended inside the workspace's history. */
export function createLeavers(context: LargeContext, rng: Rng): LeaverRecord[] {
  const leavers: LeaverRecord[] = []
  for (const person of context.people) {
    for (const leave of person.leaves) {
      const manager = context.personById.get(leave.job.managerId ?? '')
      const values = {
        team: findTeamSpec(leave.job.team).name,
        manager: manager ? manager.givenName : 'my manager',
      }
      leavers.push({
        id: `leaver-${String(leavers.length + 1).padStart(4, '0')}`,
        personId: person.id,
        date: leave.date,
        hireDate: leave.hireDate,
        isVoluntary: leave.isVoluntary,
        isRegretted: leave.isRegretted,
        reason: leave.reason,
        reasonDetail: fill(rng.pick(texts.reasonDetails[leave.reason] ?? ['']), values),
        exitInterview: writeExitInterview(rng, leave, values),
        roleId: toRoleId(leave.job.role),
        teamId: toTeamId(leave.job.team),
        managerId: leave.job.managerId,
        createdAt: toSampleTimestamp(leave.date, 16),
      })
    }
  }
  return leavers.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
}

function writeExitInterview(
  rng: Rng,
  leave: LeaveInfo,
  values: Record<string, string>,
): ExitAnswer[] {
  if (!leave.isVoluntary || !rng.roll(0.7)) return []
  const pools: Record<string, readonly string[]> = {
    why: texts.exitWhy[leave.reason] ?? texts.exitWhy['Career move elsewhere'] ?? [],
    stay: texts.exitStay,
    growth: texts.exitGrowth,
    manager: texts.exitManager,
    recommend: texts.exitRecommend,
  }
  return exitInterviewQuestions.flatMap((question) => {
    const pool = pools[question.id] ?? []
    if (pool.length === 0 || (question.id !== 'why' && rng.roll(0.15))) return []
    return [
      {
        questionId: question.id,
        question: question.text,
        answer: fill(rng.pick(pool), values),
      },
    ]
  })
}
