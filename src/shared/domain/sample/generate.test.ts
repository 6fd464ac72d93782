import { describe, expect, it } from 'vitest'
import {
  defaultLeavingReasons,
  exitInterviewQuestions,
  tableNames,
  tableSchemas,
  ImportProfile,
  importProfileKeyPrefix,
  type CareerEvent,
  type Person,
  type WorkspaceData,
} from '../../model'
import {
  findCareerEventProblem,
  findCareerPathProblem,
  findCertificationProblem,
  findLeaverProblem,
} from '../careers/checks'
import { jobOf, jobOn } from '../careers/history'
import { indexRequirements, listSuccession } from '../careers/readiness'
import { isTopPerformerOn } from '../careers/retention'
import { readRatingScale } from '../reviews/evidence'
import { indexCurrentLevels } from '../skills/current-levels'
import { generateSampleCompany } from './generate'

const today = '2026-11-23'
const scenarios = [
  { today, seed: undefined },
  { today: '2025-02-10', seed: 7 },
  { today: '2027-06-30', seed: 424242 },
]

function addMonthsUtc(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCMonth(d.getUTCMonth() + months)
  return d.toISOString().slice(0, 10)
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000
}

function addDaysUtc(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

function eventsOf(data: WorkspaceData, person: Person): CareerEvent[] {
  return data.careerEvents
    .filter((e) => e.personId === person.id)
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt))
}

function collectIds(data: WorkspaceData): Record<string, Set<string>> {
  const ids: Record<string, Set<string>> = {}
  for (const table of tableNames) {
    if (table === 'settings' || table === 'scaleLevels') continue
    ids[table] = new Set((data[table] as { id: string }[]).map((r) => r.id))
  }
  return ids
}

/** Every id a record points at, as [target table, id or null, where]. */
function listReferences(data: WorkspaceData): [string, string | null, string][] {
  const refs: [string, string | null, string][] = []
  const add = (table: string, id: string | null, where: string): void => {
    refs.push([table, id, where])
  }
  const kpiScope = new Map(data.kpis.map((k) => [k.id, k.scope]))
  for (const r of data.teams) {
    add('people', r.leadPersonId, `team ${r.id} lead`)
    add('teams', r.parentTeamId, `team ${r.id} parent`)
  }
  for (const r of data.people) {
    add('teams', r.teamId, `person ${r.id} team`)
    add('people', r.managerId, `person ${r.id} manager`)
    add('roleProfiles', r.roleId, `person ${r.id} role`)
  }
  for (const r of data.skills) add('skillCategories', r.categoryId, `skill ${r.id}`)
  for (const r of data.roleRequirements) {
    add('roleProfiles', r.roleId, r.id)
    add('skills', r.skillId, r.id)
  }
  for (const r of [...data.requirementOverrides, ...data.aspirations]) {
    add('people', r.personId, r.id)
    add('skills', r.skillId, r.id)
  }
  for (const r of data.assessments) {
    add('people', r.personId, r.id)
    add('skills', r.skillId, r.id)
    add('people', r.assessorId, `${r.id} assessor`)
  }
  for (const r of data.businessGoals) {
    add('goals', r.goalId, r.id)
    for (const need of r.skillNeeds) add('skills', need.skillId, r.id)
  }
  for (const r of data.goals) {
    add('goals', r.parentId, `${r.id} parent`)
    add('goals', r.carriedFromId, `${r.id} carried`)
    add('teams', r.teamId, r.id)
    add('people', r.ownerPersonId, r.id)
    for (const s of r.skillIds) add('skills', s, r.id)
  }
  for (const r of data.keyResults) {
    add('goals', r.goalId, r.id)
    add('kpis', r.kpiId, r.id)
  }
  for (const r of data.goalUpdates) {
    add('goals', r.goalId, r.id)
    add('keyResults', r.keyResultId, r.id)
  }
  for (const r of data.kpiMeasurements) {
    add('kpis', r.kpiId, r.id)
    const scope = kpiScope.get(r.kpiId)
    if (scope === 'team') add('teams', r.subjectId ?? 'missing', r.id)
    if (scope === 'person') add('people', r.subjectId ?? 'missing', r.id)
    if (scope === 'company' && r.subjectId !== null) add('none', r.subjectId, r.id)
  }
  for (const r of data.initiatives) {
    add('people', r.provider.personId, r.id)
    add('kpis', r.kpiId, r.id)
    for (const t of r.skillTargets) add('skills', t.skillId, r.id)
  }
  for (const r of data.campaigns) {
    for (const s of r.steps) add('initiatives', s.initiativeId, r.id)
    for (const p of r.cohortPersonIds) add('people', p, r.id)
  }
  for (const r of data.enrolments) {
    add('people', r.personId, r.id)
    add('initiatives', r.initiativeId, r.id)
    add('campaigns', r.campaignId, r.id)
  }
  for (const r of data.evaluations) {
    add('enrolments', r.enrolmentId, r.id)
    if (r.kind === 'results') add('kpis', r.kpiId, r.id)
  }
  for (const r of data.plans) {
    add('people', r.personId, r.id)
    for (const s of r.focusSkillIds) add('skills', s, r.id)
    for (const g of r.goalIds) add('goals', g, r.id)
  }
  for (const r of data.planItems) {
    add('plans', r.planId, r.id)
    add('people', r.personId, r.id)
    add('enrolments', r.enrolmentId, r.id)
    for (const s of r.skillIds) add('skills', s, r.id)
  }
  for (const r of data.checkins) {
    add('people', r.personId, r.id)
    add('checkinTemplates', r.templateId, r.id)
    for (const s of r.skillIds) add('skills', s, r.id)
    for (const g of r.goalIds) add('goals', g, r.id)
    for (const p of r.planItemIds) add('planItems', p, r.id)
  }
  for (const r of data.actionItems) {
    add('checkins', r.checkinId, r.id)
    add('people', r.personId, r.id)
    add('actionItems', r.carriedFromId, r.id)
  }
  for (const r of data.feedback) {
    add('people', r.personId, r.id)
    for (const s of r.skillIds) add('skills', s, r.id)
  }
  for (const r of data.planItems) add('people', r.mentorId ?? null, `${r.id} mentor`)
  for (const r of data.reviewCycles) for (const p of r.personIds) add('people', p, r.id)
  const changeTable = { roleId: 'roleProfiles', teamId: 'teams', managerId: 'people' } as const
  for (const r of data.careerEvents) {
    add('people', r.personId, r.id)
    for (const c of r.changes) {
      if (c.field === 'title') continue
      add(changeTable[c.field], c.from, `${r.id} from`)
      add(changeTable[c.field], c.to, `${r.id} to`)
    }
  }
  for (const r of data.leavers) {
    add('people', r.personId, r.id)
    add('roleProfiles', r.roleId, r.id)
    add('teams', r.teamId, r.id)
    add('people', r.managerId, `${r.id} manager`)
  }
  for (const r of data.careerPaths) for (const role of r.roleIds) add('roleProfiles', role, r.id)
  for (const r of data.certifications) add('people', r.personId, r.id)
  for (const r of data.materials) add('initiatives', r.ownerId, r.id)
  for (const r of data.reviews) {
    add('reviewCycles', r.cycleId, r.id)
    add('people', r.personId, r.id)
    for (const s of [...r.skillRatings, ...r.selfRatings]) add('skills', s.skillId, r.id)
    for (const g of r.goalRatings) add('goals', g.goalId, r.id)
    for (const e of [...r.skillRatings, ...r.goalRatings].flatMap((x) => x.evidenceIds))
      add('evidence', e, r.id)
  }
  return refs
}

describe('generateSampleCompany', () => {
  const data = generateSampleCompany({ today })

  it('is deterministic for the same options and varies with the seed', () => {
    const again = generateSampleCompany({ today })
    expect(again).toEqual(data)
    expect(JSON.stringify(again)).toBe(JSON.stringify(data))
    const other = generateSampleCompany({ today, seed: 99 })
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(data))
  })

  // Speed is measured by `npm run bench`, not here: CI's cores are shared.

  it('has a coherent roster: unique emails, leads under the director, members under their lead', () => {
    const emails = data.people.map((p) => p.email)
    expect(new Set(emails).size).toBe(emails.length)
    for (const email of emails) expect(email).toMatch(/^[a-z]+\.[a-z]+@[a-z.]+\.example$/)
    const root = data.people.find((p) => p.managerId === null)
    for (const team of data.teams) {
      const lead = data.people.find((p) => p.id === team.leadPersonId)
      expect(lead?.managerId).toBe(root?.id)
      for (const member of data.people.filter((p) => p.teamId === team.id && p.id !== lead?.id)) {
        expect(member.managerId).toBe(lead?.id)
      }
    }
    expect(data.people.every((p) => p.roleId !== null)).toBe(true)
  })

  it('keeps an import profile for its payroll report, readable as one', () => {
    const data = generateSampleCompany({ today })
    const records = data.settings.filter((s) => s.key.startsWith(importProfileKeyPrefix))
    expect(records).toHaveLength(1)
    const profile = ImportProfile.parse(records[0]!.value)
    expect(records[0]!.key).toBe(importProfileKeyPrefix + profile.signature)
    expect(profile.targets).toHaveLength(profile.headers.length)
    expect(profile.valueChoices.leavingReason).toMatchObject({ 'moved away': 'Relocation' })
    // Every reason it maps to is one the workspace offers.
    for (const reason of Object.values(profile.valueChoices.leavingReason ?? {})) {
      expect(defaultLeavingReasons).toContain(reason)
    }
  })

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() => generateSampleCompany({ today: '23/11/2026' })).toThrow()
    expect(() => generateSampleCompany({ today: '2026-02-30' })).toThrow()
  })

  for (const scenario of scenarios) {
    describe(`today ${scenario.today}, seed ${scenario.seed ?? 'default'}`, () => {
      const sample = generateSampleCompany({ today: scenario.today, seed: scenario.seed })

      it('fills every field of every record so the schema adds nothing', () => {
        for (const table of tableNames) {
          for (const record of sample[table]) {
            const parsed = tableSchemas[table].parse(record)
            expect(parsed, `${table} ${JSON.stringify(record).slice(0, 120)}`).toEqual(record)
          }
        }
      })

      it('uses unique ids and only points at records that exist', () => {
        const ids = collectIds(sample)
        for (const table of tableNames) {
          if (table === 'settings' || table === 'scaleLevels') continue
          expect(ids[table]?.size, `duplicate ids in ${table}`).toBe(sample[table].length)
        }
        const evidence = new Set([
          ...(ids.feedback ?? []),
          ...(ids.assessments ?? []),
          ...(ids.checkins ?? []),
          ...(ids.goalUpdates ?? []),
        ])
        const broken = listReferences(sample).filter(([table, id]) => {
          if (id === null) return false
          const known = table === 'evidence' ? evidence : ids[table]
          return known === undefined || !known.has(id)
        })
        expect(broken).toEqual([])
      })

      it('keeps related records consistent with each other', () => {
        const templates = new Map(
          sample.checkinTemplates.map((t) => [t.id, new Set(t.sections.map((s) => s.id))]),
        )
        for (const checkin of sample.checkins) {
          for (const answer of checkin.answers)
            expect(templates.get(checkin.templateId)?.has(answer.sectionId)).toBe(true)
        }
        const checkinPerson = new Map(sample.checkins.map((c) => [c.id, c.personId]))
        for (const item of sample.actionItems)
          expect(item.personId).toBe(checkinPerson.get(item.checkinId))
        const planPerson = new Map(sample.plans.map((p) => [p.id, p.personId]))
        for (const item of sample.planItems) expect(item.personId).toBe(planPerson.get(item.planId))
        const krGoal = new Map(sample.keyResults.map((k) => [k.id, k.goalId]))
        for (const update of sample.goalUpdates) {
          if (update.keyResultId !== null)
            expect(krGoal.get(update.keyResultId)).toBe(update.goalId)
        }
        const people = new Map(sample.people.map((p) => [p.id, p]))
        for (const a of sample.assessments.filter((x) => x.source === 'manager')) {
          expect(a.assessorId).toBe(people.get(a.personId)?.managerId)
        }
      })

      it('has a single, acyclic manager line', () => {
        const managers = new Map(sample.people.map((p) => [p.id, p.managerId]))
        expect(sample.people.filter((p) => p.managerId === null)).toHaveLength(1)
        for (const person of sample.people) {
          let current: string | null = person.id
          let steps = 0
          while (current !== null && steps <= sample.people.length) {
            current = managers.get(current) ?? null
            steps += 1
          }
          expect(current, `cycle above ${person.id}`).toBeNull()
        }
      })

      it('has the size of a small company', () => {
        expect(sample.people.length).toBeGreaterThanOrEqual(35)
        expect(sample.people.length).toBeLessThanOrEqual(45)
        expect(sample.teams).toHaveLength(4)
        expect(sample.skills.length).toBeGreaterThanOrEqual(40)
        expect(sample.skills.length).toBeLessThanOrEqual(50)
        expect(sample.skillCategories).toHaveLength(5)
        expect(new Set(sample.skills.map((s) => s.categoryId)).size).toBe(5)
        expect(sample.people.filter((p) => p.status === 'left').length).toBeGreaterThanOrEqual(2)
        expect(sample.feedback.length).toBeGreaterThanOrEqual(100)
      })

      it('dates nothing after today and keeps 17+ months of assessments', () => {
        const dated = [
          ...sample.assessments,
          ...sample.checkins,
          ...sample.feedback,
          ...sample.goalUpdates,
          ...sample.kpiMeasurements,
          ...sample.careerEvents,
          ...sample.leavers,
          ...sample.certifications.map((c) => ({ ...c, date: c.issuedOn })),
        ]
        expect(dated.filter((r) => r.date > scenario.today)).toEqual([])
        const first = sample.assessments.map((a) => a.date).sort()[0] ?? scenario.today
        expect(first <= addMonthsUtc(scenario.today, -17)).toBe(true)
      })

      it('shows at least two systemic gaps', () => {
        const latest = new Map<string, { date: string; level: number }>()
        for (const a of sample.assessments) {
          if (a.source !== 'manager') continue
          const key = `${a.personId}:${a.skillId}`
          const known = latest.get(key)
          if (!known || a.date >= known.date) latest.set(key, { date: a.date, level: a.level })
        }
        const systemic: string[] = []
        for (const team of sample.teams) {
          for (const skill of sample.skills) {
            const holders = sample.people.filter(
              (p) => p.teamId === team.id && p.status === 'active',
            )
            const required = holders.flatMap((p) => {
              const req = sample.roleRequirements.find(
                (r) => r.roleId === p.roleId && r.skillId === skill.id,
              )
              return req ? [{ person: p, level: req.requiredLevel }] : []
            })
            if (required.length < 3) continue
            const below = required.filter(
              ({ person, level }) => (latest.get(`${person.id}:${skill.id}`)?.level ?? 0) < level,
            )
            if (below.length / required.length > 0.5) systemic.push(`${team.id}/${skill.id}`)
          }
        }
        expect(systemic.length, systemic.join(', ')).toBeGreaterThanOrEqual(2)
      })

      it('has someone overdue for a check-in', () => {
        const interval = { weekly: 7, biweekly: 14, monthly: 31 } as const
        const overdue = sample.people.filter((p) => {
          if (p.status !== 'active' || p.checkinCadence === null || p.managerId === null)
            return false
          const last = sample.checkins
            .filter((c) => c.personId === p.id && c.status === 'done')
            .map((c) => c.date)
            .sort()
            .pop()
          return (
            last === undefined || daysBetween(last, scenario.today) > interval[p.checkinCadence]
          )
        })
        expect(overdue.length).toBeGreaterThanOrEqual(1)
      })

      it('chains every career event into today’s person record', () => {
        const roles = sample.roleProfiles
        const movers = sample.people.filter((p) => eventsOf(sample, p).length > 0)
        expect(movers.length).toBeGreaterThanOrEqual(8)
        for (const person of movers) {
          const events = eventsOf(sample, person)
          const first = events[0]!
          expect(jobOn(person, sample.careerEvents, scenario.today)).toEqual(jobOf(person))
          const start = jobOn(person, sample.careerEvents, addDaysUtc(first.date, -1))
          for (const change of first.changes) {
            const value = change.field === 'title' ? start.title || null : start[change.field]
            expect(value, `${first.id} ${change.field}`).toBe(change.from)
          }
          for (const [index, event] of events.entries()) {
            expect(event.date > (person.hireDate ?? '')).toBe(true)
            expect(daysBetween(event.date, scenario.today)).toBeLessThanOrEqual(731)
            const before = jobOn(person, sample.careerEvents, addDaysUtc(event.date, -1))
            const after = jobOn(person, sample.careerEvents, event.date)
            const problem = findCareerEventProblem({
              person,
              date: event.date,
              isPromotion: event.isPromotion,
              before,
              after,
              roles,
            })
            expect(problem, event.id).toBeNull()
            // Each change starts where the one before it ended.
            const previous = events[index - 1]
            for (const change of event.changes) {
              const earlier = previous?.changes.find((c) => c.field === change.field)
              if (earlier) expect(change.from, event.id).toBe(earlier.to)
            }
          }
        }
        const changed = (field: CareerEvent['changes'][number]['field']) =>
          sample.careerEvents.filter((e) => e.changes.some((c) => c.field === field))
        expect(sample.careerEvents.length).toBeGreaterThanOrEqual(12)
        expect(sample.careerEvents.length).toBeLessThanOrEqual(18)
        expect(sample.careerEvents.filter((e) => e.isPromotion).length).toBeGreaterThanOrEqual(3)
        expect(changed('teamId').length).toBeGreaterThanOrEqual(2)
        expect(changed('managerId').length).toBeGreaterThanOrEqual(3)
        expect(
          sample.careerEvents.filter((e) => e.changes.every((c) => c.field === 'title')).length,
        ).toBeGreaterThanOrEqual(1)
        expect(sample.careerEvents.every((e) => e.source === 'sample')).toBe(true)
      })

      it('gives every leaver a leaver record with the job and stint they ended', () => {
        const reasons: readonly string[] = defaultLeavingReasons
        const questions = new Map<string, string>(exitInterviewQuestions.map((q) => [q.id, q.text]))
        for (const person of sample.people.filter((p) => p.status === 'left')) {
          const records = sample.leavers.filter((l) => l.personId === person.id)
          expect(records, person.displayName).toHaveLength(1)
          const record = records[0]!
          expect(record.date).toBe(person.leftDate)
          expect(record.hireDate).toBe(person.hireDate)
          const job = jobOn(person, sample.careerEvents, record.date)
          expect([record.roleId, record.teamId, record.managerId]).toEqual([
            job.roleId,
            job.teamId,
            job.managerId,
          ])
        }
        for (const record of sample.leavers) {
          const person = sample.people.find((p) => p.id === record.personId)!
          expect(record.hireDate! <= record.date).toBe(true)
          // As they were on their last day: on staff, in the stint the record ends.
          const then = { ...person, status: 'active' as const, hireDate: record.hireDate }
          expect(findLeaverProblem(then, record), record.id).toBeNull()
          expect(reasons).toContain(record.reason)
          for (const answer of record.exitInterview) {
            expect(answer.question).toBe(questions.get(answer.questionId))
            expect(answer.answer.split(' ').length).toBeGreaterThan(5)
          }
        }
        const interviewed = sample.leavers.filter((l) => l.exitInterview.length > 0)
        expect(interviewed.length * 2).toBeGreaterThan(sample.leavers.length)
      })

      it('has four leavers in two years, a top performer among them, and a re-hire', () => {
        const twoYearsAgo = addMonthsUtc(scenario.today, -24)
        const recent = sample.leavers.filter((l) => l.date > twoYearsAgo)
        expect(recent.length).toBeGreaterThanOrEqual(4)
        expect(new Set(recent.map((l) => l.isVoluntary))).toEqual(new Set([true, false]))
        expect(new Set(recent.map((l) => l.isRegretted))).toEqual(new Set([true, false]))
        const history = {
          reviews: sample.reviews,
          cycles: sample.reviewCycles,
          scale: readRatingScale(sample),
        }
        const top = sample.leavers.filter((l) => isTopPerformerOn(l.personId, l.date, history))
        expect(top.length).toBeGreaterThanOrEqual(1)
        expect(top.every((l) => l.isRegretted)).toBe(true)
        const rehires = sample.people.filter(
          (p) => p.status === 'active' && sample.leavers.some((l) => l.personId === p.id),
        )
        expect(rehires).toHaveLength(1)
        for (const person of rehires) {
          const earlier = sample.leavers.filter((l) => l.personId === person.id)
          expect(earlier.every((l) => l.date < person.hireDate!)).toBe(true)
        }
      })

      it('keeps the career paths free of loops and over roles that exist', () => {
        expect(sample.careerPaths.length).toBeGreaterThanOrEqual(2)
        expect(sample.careerPaths.length).toBeLessThanOrEqual(3)
        for (const path of sample.careerPaths) {
          const problem = findCareerPathProblem(path, sample.careerPaths, sample.roleProfiles)
          expect(problem, path.name).toBeNull()
        }
      })

      it('marks two critical roles: one with a successor ready now, one with nobody', () => {
        const succession = listSuccession({
          roles: sample.roleProfiles,
          people: sample.people,
          requirements: indexRequirements(sample.roleRequirements),
          levels: indexCurrentLevels(sample.assessments, 'manager'),
        })
        expect(succession).toHaveLength(2)
        expect(succession.map((s) => s.readyNow > 0).sort()).toEqual([false, true])
        expect(succession.every((s) => s.holders.length > 0)).toBe(true)
      })

      it('has certifications that lapsed, run out within 30 and 60 days, or hold', () => {
        const daysLeft = sample.certifications.map((c) =>
          c.expiresOn === null ? Infinity : daysBetween(scenario.today, c.expiresOn),
        )
        expect(sample.certifications.length).toBeGreaterThanOrEqual(10)
        expect(sample.certifications.length).toBeLessThanOrEqual(14)
        expect(daysLeft.filter((d) => d < 0).length).toBeGreaterThanOrEqual(1)
        expect(daysLeft.filter((d) => d >= 0 && d <= 30).length).toBeGreaterThanOrEqual(1)
        expect(daysLeft.filter((d) => d > 30 && d <= 60).length).toBeGreaterThanOrEqual(1)
        expect(daysLeft.filter((d) => d > 60).length * 2).toBeGreaterThan(daysLeft.length)
        for (const certification of sample.certifications) {
          expect(findCertificationProblem(certification), certification.id).toBeNull()
        }
        const needed = sample.roleRequirements.filter((r) => r.certification)
        expect(needed.length).toBeGreaterThanOrEqual(1)
        const lapsed = needed.flatMap((requirement) =>
          sample.people.filter(
            (p) =>
              p.status === 'active' &&
              p.roleId === requirement.roleId &&
              sample.certifications.some(
                (c) =>
                  c.personId === p.id &&
                  c.name === requirement.certification &&
                  c.expiresOn !== null &&
                  c.expiresOn < scenario.today,
              ),
          ),
        )
        expect(lapsed.length).toBeGreaterThanOrEqual(1)
      })

      it('attaches link materials to trainings and pairs one mentee with a mentor', () => {
        expect(sample.materials.length).toBeGreaterThanOrEqual(3)
        expect(sample.materials.length).toBeLessThanOrEqual(5)
        expect(sample.materials.every((m) => m.kind === 'link')).toBe(true)
        const mentoring = sample.planItems.filter((item) => item.mentorId)
        expect(mentoring).toHaveLength(1)
        const [item] = mentoring
        const mentor = sample.people.find((p) => p.id === item?.mentorId)
        expect(item?.kind).toBe('activity')
        expect(item?.title).toBe(`Mentoring with ${mentor?.givenName} on roast profiling`)
        expect(mentor?.status).toBe('active')
        expect(item?.mentorId).not.toBe(item?.personId)
      })

      it('leaves no template placeholders or broken values in the text', () => {
        const text = JSON.stringify(sample)
        expect(text.match(/\{\w+\}/g) ?? []).toEqual([])
        expect(text.match(/.{40}(undefined|NaN).{20}/g) ?? []).toEqual([])
      })
    })
  }
})
