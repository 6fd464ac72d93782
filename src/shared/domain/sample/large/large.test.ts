import { beforeAll, describe, expect, it } from 'vitest'
import {
  tableNames,
  tableSchemas,
  type Person,
  type TableName,
  type WorkspaceData,
} from '../../../model'
import { isEmployedOn, jobOf, listStints, sortEvents, type Stint } from '../../careers/history'
import { generateLargeSample, largeSampleName } from './index'

const today = '2026-11-23'
let data: WorkspaceData

beforeAll(() => {
  data = generateLargeSample({ today })
}, 60_000)

function idsOf(records: readonly { id: string }[]): Set<string> {
  return new Set(records.map((r) => r.id))
}

/** FNV-1a over the whole text: equal texts give equal hashes, cheaply. */
function hashText(text: string): number {
  let hash = 2166136261
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 16777619) >>> 0
  }
  return hash
}

/** The main foreign keys: table, field (`[]` for a list, `[].x` for a field of its items), target. */
const foreignKeys: [TableName, string, TableName][] = [
  ['teams', 'leadPersonId', 'people'],
  ['teams', 'parentTeamId', 'teams'],
  ['people', 'teamId', 'teams'],
  ['people', 'managerId', 'people'],
  ['people', 'roleId', 'roleProfiles'],
  ['skills', 'categoryId', 'skillCategories'],
  ['roleRequirements', 'roleId', 'roleProfiles'],
  ['roleRequirements', 'skillId', 'skills'],
  ['roleRequirements', 'businessGoalId', 'businessGoals'],
  ['requirementOverrides', 'personId', 'people'],
  ['requirementOverrides', 'skillId', 'skills'],
  ['assessments', 'personId', 'people'],
  ['assessments', 'skillId', 'skills'],
  ['assessments', 'assessorId', 'people'],
  ['aspirations', 'personId', 'people'],
  ['aspirations', 'skillId', 'skills'],
  ['businessGoals', 'goalId', 'goals'],
  ['businessGoals', 'skillNeeds[].skillId', 'skills'],
  ['goals', 'parentId', 'goals'],
  ['goals', 'carriedFromId', 'goals'],
  ['goals', 'teamId', 'teams'],
  ['goals', 'ownerPersonId', 'people'],
  ['goals', 'skillIds[]', 'skills'],
  ['keyResults', 'goalId', 'goals'],
  ['keyResults', 'kpiId', 'kpis'],
  ['goalUpdates', 'goalId', 'goals'],
  ['goalUpdates', 'keyResultId', 'keyResults'],
  ['kpiMeasurements', 'kpiId', 'kpis'],
  ['initiatives', 'provider.personId', 'people'],
  ['initiatives', 'kpiId', 'kpis'],
  ['initiatives', 'skillTargets[].skillId', 'skills'],
  ['campaigns', 'steps[].initiativeId', 'initiatives'],
  ['campaigns', 'cohortPersonIds[]', 'people'],
  ['enrolments', 'personId', 'people'],
  ['enrolments', 'initiativeId', 'initiatives'],
  ['enrolments', 'campaignId', 'campaigns'],
  ['evaluations', 'enrolmentId', 'enrolments'],
  ['evaluations', 'kpiId', 'kpis'],
  ['plans', 'personId', 'people'],
  ['plans', 'focusSkillIds[]', 'skills'],
  ['plans', 'goalIds[]', 'goals'],
  ['planItems', 'planId', 'plans'],
  ['planItems', 'personId', 'people'],
  ['planItems', 'enrolmentId', 'enrolments'],
  ['planItems', 'skillIds[]', 'skills'],
  ['checkins', 'personId', 'people'],
  ['checkins', 'templateId', 'checkinTemplates'],
  ['checkins', 'skillIds[]', 'skills'],
  ['checkins', 'goalIds[]', 'goals'],
  ['checkins', 'planItemIds[]', 'planItems'],
  ['actionItems', 'checkinId', 'checkins'],
  ['actionItems', 'personId', 'people'],
  ['actionItems', 'carriedFromId', 'actionItems'],
  ['feedback', 'personId', 'people'],
  ['feedback', 'skillIds[]', 'skills'],
  ['feedback', 'goalIds[]', 'goals'],
  ['reviewCycles', 'personIds[]', 'people'],
  ['reviews', 'cycleId', 'reviewCycles'],
  ['reviews', 'personId', 'people'],
  ['reviews', 'skillRatings[].skillId', 'skills'],
  ['reviews', 'goalRatings[].goalId', 'goals'],
  ['careerEvents', 'personId', 'people'],
  ['leavers', 'personId', 'people'],
  ['leavers', 'roleId', 'roleProfiles'],
  ['leavers', 'teamId', 'teams'],
  ['leavers', 'managerId', 'people'],
  ['careerPaths', 'roleIds[]', 'roleProfiles'],
  ['certifications', 'personId', 'people'],
  ['materials', 'ownerId', 'initiatives'],
]

/** The ids a field path reads from a record; null and missing values read as none. */
function readPath(record: Record<string, unknown>, path: string): string[] {
  const [head = '', ...rest] = path.split('.')
  const isList = head.endsWith('[]')
  const value = record[isList ? head.slice(0, -2) : head]
  if (value === null || value === undefined) return []
  const values = isList ? (value as unknown[]) : [value]
  if (rest.length === 0) return values.filter((v): v is string => typeof v === 'string')
  return values.flatMap((v) => readPath(v as Record<string, unknown>, rest.join('.')))
}

describe('generateLargeSample', () => {
  it('has a name for the developer menu', () => {
    expect(largeSampleName).toBe('Large sample (200 people, 5 years)')
  })

  it('writes only records that parse with their table schema', () => {
    for (const table of tableNames) {
      const schema = tableSchemas[table]
      for (const record of data[table] as unknown[]) {
        const result = schema.safeParse(record)
        if (!result.success) {
          const id =
            (record as { id?: string; key?: string }).id ?? (record as { key?: string }).key
          const issue = result.error.issues[0]
          expect.fail(`${table} ${id}: ${issue?.message} at ${issue?.path.join('.')}`)
        }
      }
    }
  })

  it('gives every record of a table its own id', () => {
    for (const table of tableNames) {
      if (table === 'settings' || table === 'scaleLevels') continue
      const records = data[table] as { id: string }[]
      expect(idsOf(records).size, table).toBe(records.length)
    }
  })

  it('holds five years of a 200-person business', () => {
    const active = data.people.filter((p) => p.status === 'active')
    expect(active).toHaveLength(200)
    expect(data.leavers.length).toBeGreaterThan(50)
    expect(data.people.filter((p) => p.status === 'left').length).toBeGreaterThan(50)
    expect(data.teams.length).toBeGreaterThanOrEqual(12)
    expect(data.roleProfiles.length).toBeGreaterThanOrEqual(18)
    expect(data.skills.length).toBeGreaterThanOrEqual(55)
    expect(data.skillCategories.length).toBeGreaterThanOrEqual(6)
    expect(data.assessments.length).toBeGreaterThan(100_000)
    expect(data.assessments.some((a) => a.source === 'self')).toBe(true)
    expect(data.checkins.length).toBeGreaterThan(15_000)
    expect(data.actionItems.length).toBeGreaterThan(10_000)
    expect(data.feedback.length).toBeGreaterThan(4_000)
    expect(data.goals.length).toBeGreaterThan(2_000)
    expect(data.goalUpdates.length).toBeGreaterThan(5_000)
    expect(data.kpis.length).toBeGreaterThanOrEqual(18)
    expect(data.kpiMeasurements.length).toBeGreaterThan(1_000)
    expect(data.enrolments.length).toBeGreaterThan(1_000)
    expect(data.evaluations.length).toBeGreaterThan(1_000)
    expect(new Set(data.evaluations.map((e) => e.kind)).size).toBe(4)
    expect(data.plans.length).toBeGreaterThan(500)
    expect([5, 6]).toContain(data.reviewCycles.length)
    expect(data.reviews.length).toBeGreaterThan(700)
    expect(data.careerEvents.some((e) => e.isPromotion)).toBe(true)
    expect(data.requests).toHaveLength(0)
    expect(data.responses).toHaveLength(0)
    expect(data.importRuns).toHaveLength(0)
  })

  it('points every reference at a record that exists', () => {
    const ids = new Map(tableNames.map((t) => [t, idsOf(data[t] as { id: string }[])]))
    const missing: string[] = []
    for (const [table, path, target] of foreignKeys) {
      const known = ids.get(target) ?? new Set()
      for (const record of data[table] as Record<string, unknown>[]) {
        for (const id of readPath(record, path)) {
          if (!known.has(id)) missing.push(`${table} ${String(record.id)}.${path} -> ${id}`)
        }
      }
    }
    const subjects = new Set([...(ids.get('people') ?? []), ...(ids.get('teams') ?? [])])
    for (const m of data.kpiMeasurements) {
      if (m.subjectId !== null && !subjects.has(m.subjectId))
        missing.push(`${m.id} -> ${m.subjectId}`)
    }
    for (const item of data.planItems) {
      for (const e of item.evidence) {
        if (!ids.get(e.kind === 'checkin' ? 'checkins' : 'feedback')?.has(e.id))
          missing.push(`${item.id} -> ${e.id}`)
      }
    }
    expect(missing.slice(0, 10)).toEqual([])
  })

  it('dates check-ins, assessments and feedback inside the person’s time on staff', () => {
    const stints = new Map<string, Stint[]>()
    for (const person of data.people) stints.set(person.id, listStints(person, data.leavers))
    const outside: string[] = []
    const check = (personId: string, date: string, what: string): void => {
      const own = stints.get(personId) ?? []
      if (!isEmployedOn(own, date) || date > today) outside.push(`${what} on ${date}`)
    }
    for (const c of data.checkins) check(c.personId, c.date, c.id)
    for (const a of data.assessments) check(a.personId, a.date, a.id)
    for (const f of data.feedback) check(f.personId, f.date, f.id)
    for (const a of data.assessments) {
      if (a.source === 'manager' && a.assessorId !== null)
        check(a.assessorId, a.date, `${a.id} assessor`)
    }
    expect(outside.slice(0, 10)).toEqual([])
  })

  it('keeps the career history consistent with today’s people records and the leaver records', () => {
    const problems: string[] = []
    const eventsByPerson = new Map<string, typeof data.careerEvents>()
    for (const e of data.careerEvents) {
      eventsByPerson.set(e.personId, [...(eventsByPerson.get(e.personId) ?? []), e])
    }
    for (const person of data.people) {
      let job = jobOf(person) as Record<string, string | null>
      for (const event of sortEvents(eventsByPerson.get(person.id) ?? []).reverse()) {
        for (const change of event.changes) {
          const current = change.field === 'title' ? job.title || null : job[change.field]
          if (current !== change.to)
            problems.push(`${event.id}: ${change.field} is ${current}, not ${change.to}`)
          job = { ...job, [change.field]: change.from ?? (change.field === 'title' ? '' : null) }
        }
      }
    }
    for (const leaver of data.leavers) {
      const person = data.people.find((p) => p.id === leaver.personId) as Person
      if (leaver.hireDate !== null && leaver.hireDate > leaver.date)
        problems.push(`${leaver.id} hired after leaving`)
      if (person.status === 'left' && person.leftDate === null)
        problems.push(`${person.id} left without a date`)
    }
    expect(problems.slice(0, 10)).toEqual([])
  })

  it('gives everyone on staff but the owner a manager on staff', () => {
    const active = new Map(data.people.filter((p) => p.status === 'active').map((p) => [p.id, p]))
    const owners = [...active.values()].filter((p) => p.managerId === null)
    expect(owners).toHaveLength(1)
    for (const person of active.values()) {
      if (person.managerId !== null) expect(active.has(person.managerId), person.id).toBe(true)
    }
    for (const team of data.teams) expect(active.has(team.leadPersonId ?? ''), team.id).toBe(true)
  })

  it('is deterministic for a seed and differs for another', () => {
    const options = { today, people: 30, years: 2 }
    const first = JSON.stringify(generateLargeSample({ ...options, seed: 7 }))
    const second = JSON.stringify(generateLargeSample({ ...options, seed: 7 }))
    const other = JSON.stringify(generateLargeSample({ ...options, seed: 8 }))
    expect(second.length).toBe(first.length)
    expect(hashText(second)).toBe(hashText(first))
    expect(hashText(other)).not.toBe(hashText(first))
  })
})
