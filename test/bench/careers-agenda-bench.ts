// Two pure domain builds, timed in Node with performance.now() as search-bench.ts and the matrix
// roll-up are: they read plain arrays and touch neither the DOM nor IndexedDB, so the harness
// browser would add nothing but a copy of the data into the page.
import type { Assessment, Person, PlanItem, Review, RoleRequirement } from '../../src/shared/model'
import { buildAgenda } from '../../src/shared/domain/agenda'
import { generateAgendaWorkload } from '../../src/shared/domain/agenda/test-workload'
import { buildCareerOverview, type CareerData } from '../../src/shared/domain/careers'
import { addDays } from '../../src/shared/domain/dates/iso-date'
import {
  createStarterWorkspaceData,
  defaultSettings,
} from '../../src/shared/domain/workspace/defaults'

export interface DomainBuildTiming {
  /** The first run, before any warm-up (reference). */
  coldMs: number
  /** The median of the runs after the warm-up. */
  medianMs: number
  /** What the build produced on its last run, for the log. */
  summary: string
}

const today = '2026-12-07'
const warmUpRuns = 3
const timedRuns = 9

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
}

function time<T>(build: () => T, describe: (result: T) => string): DomainBuildTiming {
  let started = performance.now()
  let result = build()
  const coldMs = performance.now() - started
  for (let run = 1; run < warmUpRuns; run += 1) result = build()
  const runs: number[] = []
  for (let run = 0; run < timedRuns; run += 1) {
    started = performance.now()
    result = build()
    runs.push(performance.now() - started)
  }
  return { coldMs, medianMs: median(runs), summary: describe(result) }
}

/** Three ladders, lowest role first; the last role of each (and the shift lead) is critical. */
const paths = [
  {
    id: 'path-store',
    name: 'Store',
    roles: ['Barista', 'Senior barista', 'Shift lead', 'Store manager'],
  },
  {
    id: 'path-roastery',
    name: 'Roastery',
    roles: ['Roaster', 'Senior roaster', 'Head roaster', 'Roastery manager'],
  },
  { id: 'path-support', name: 'Support', roles: ['Support agent', 'Senior agent', 'Support lead'] },
]
const offPathRole = 'Office administrator'
const criticalRoles = new Set(['Shift lead', 'Store manager', 'Roastery manager', 'Support lead'])
const skillCount = 60
const skillsPerRole = 10

function toRoleId(name: string): string {
  return `role-${name.toLowerCase().replaceAll(' ', '-')}`
}

/**
 * A 200-person workspace for the careers overview, built from a fixed seed: 12 roles (three
 * career paths of 3 to 4 roles and one role off every path, four of them critical), 60 skills,
 * 10 required per role, and five years of quarterly manager assessments of every person on the
 * skills of their role and of the next one (with a yearly self-assessment the overview must skip),
 * two review cycles a year, development plans and some open mentoring pairs. One in twenty left.
 */
export function generateCareerWorkload(
  options: { people?: number; years?: number } = {},
): CareerData {
  const { people: count = 200, years = 5 } = options
  const data = createStarterWorkspaceData()
  let seed = 7
  const random = () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296
    return seed / 4294967296
  }
  const start = addDays(today, -365 * years)

  for (let c = 0; c < 4; c += 1)
    data.skillCategories.push({ id: `cat-${c}`, name: `Category ${c + 1}`, order: c })
  for (let s = 0; s < skillCount; s += 1)
    data.skills.push({
      id: `skill-${s}`,
      name: `Skill ${String(s + 1).padStart(2, '0')}`,
      categoryId: `cat-${s % 4}`,
      description: '',
      tags: [],
      isCritical: s % 9 === 0,
      minExperts: 2,
      levelDescriptors: {},
    })

  // Each path draws on its own 20 skills; a role keeps most of the one below and raises the levels.
  const ladders = [...paths.map((path) => path.roles), [offPathRole]]
  ladders.forEach((ladder, pathIndex) => {
    const pool = Array.from({ length: 20 }, (_, k) => `skill-${(pathIndex * 20 + k) % skillCount}`)
    ladder.forEach((name, rank) => {
      const roleId = toRoleId(name)
      data.roleProfiles.push({
        id: roleId,
        name,
        description: '',
        ...(criticalRoles.has(name) ? { isCritical: true } : {}),
      })
      const skills = new Set<string>()
      for (let k = 0; skills.size < skillsPerRole; k += 1) skills.add(pool[(rank * 3 + k) % 20]!)
      for (const skillId of skills)
        data.roleRequirements.push({
          id: `req-${roleId}-${skillId}`,
          roleId,
          skillId,
          requiredLevel: Math.min(4, 1 + rank + Math.floor(random() * 2)),
          demandSource: 'role',
          businessGoalId: null,
        } satisfies RoleRequirement)
    })
  })
  data.careerPaths = paths.map((path) => ({
    id: path.id,
    name: path.name,
    description: '',
    roleIds: path.roles.map(toRoleId),
  }))

  for (let t = 0; t < 10; t += 1)
    data.teams.push({
      id: `team-${t}`,
      name: `Team ${t + 1}`,
      description: '',
      parentTeamId: null,
      leadPersonId: `person-${t}`,
    })

  // Most people sit low on a ladder: 45% on the first role, fewer at each step up.
  const rankWeights = [0.45, 0.75, 0.9, 1]
  const requiredByRole = new Map<string, string[]>()
  for (const requirement of data.roleRequirements) {
    const list = requiredByRole.get(requirement.roleId) ?? []
    list.push(requirement.skillId)
    requiredByRole.set(requirement.roleId, list)
  }
  for (let p = 0; p < count; p += 1) {
    const ladder = p % 25 === 24 ? [offPathRole] : paths[p % paths.length]!.roles
    const draw = random()
    const rank = Math.min(
      ladder.length - 1,
      rankWeights.findIndex((weight) => draw < weight),
    )
    const roleId = toRoleId(ladder[rank]!)
    const hasLeft = p % 20 === 19
    const person: Person = {
      id: `person-${p}`,
      employeeId: `E${p}`,
      displayName: `Person ${String(p + 1).padStart(3, '0')}`,
      givenName: 'Person',
      familyName: String(p + 1),
      email: `person${p}@example.com`,
      title: ladder[rank]!,
      teamId: `team-${p % 10}`,
      managerId: p < 10 ? null : `person-${p % 10}`,
      roleId,
      hireDate: start,
      status: hasLeft ? 'left' : 'active',
      leftDate: hasLeft ? addDays(today, -100) : null,
      workArrangement: null,
      location: '',
      checkinCadence: null,
      customFields: {},
      createdAt: start,
    }
    data.people.push(person)
    const next = rank + 1 < ladder.length ? toRoleId(ladder[rank + 1]!) : null
    const assessed = [
      ...new Set([
        ...(requiredByRole.get(roleId) ?? []),
        ...(next ? requiredByRole.get(next)! : []),
      ]),
    ]
    const base = assessed.map(() => Math.floor(random() * 2) + rank)
    for (let quarter = 0; quarter < years * 4; quarter += 1) {
      const date = addDays(start, quarter * 91 + 30)
      if (date > today) break
      assessed.forEach((skillId, k) => {
        const level = Math.max(
          0,
          Math.min(4, base[k]! + Math.floor(quarter / 8) - (random() < 0.2 ? 1 : 0)),
        )
        data.assessments.push({
          id: `a-${p}-${quarter}-${k}`,
          personId: person.id,
          skillId,
          level,
          date,
          source: 'manager',
          assessorId: person.managerId,
          note: '',
        } satisfies Assessment)
        if (quarter % 4 === 3)
          data.assessments.push({
            id: `s-${p}-${quarter}-${k}`,
            personId: person.id,
            skillId,
            level: Math.min(4, level + 1),
            date: addDays(date, -7),
            source: 'self',
            assessorId: null,
            note: '',
          } satisfies Assessment)
      })
    }
    if (hasLeft)
      data.leavers.push({
        id: `leaver-${person.id}`,
        personId: person.id,
        date: person.leftDate!,
        hireDate: start,
        isVoluntary: true,
        isRegretted: p % 40 === 19,
        reason: 'Career move elsewhere',
        reasonDetail: '',
        exitInterview: [],
        roleId,
        teamId: person.teamId,
        managerId: person.managerId,
        createdAt: `${person.leftDate}T12:00:00.000Z`,
      })
  }

  for (let half = 0; half < years * 2; half += 1) {
    const periodStart = addDays(start, half * 182)
    const periodEnd = addDays(periodStart, 181)
    if (periodEnd > today) break
    const cycleId = `cycle-${half}`
    data.reviewCycles.push({
      id: cycleId,
      name: `Review ${half + 1}`,
      periodStart,
      periodEnd,
      personIds: data.people.map((person) => person.id),
    })
    for (const person of data.people) {
      const draw = random()
      data.reviews.push({
        id: `${cycleId}-${person.id}`,
        cycleId,
        personId: person.id,
        raterName: '',
        state: 'final',
        skillRatings: [],
        goalRatings: [],
        selfRatings: [],
        overallRating: Math.floor(draw * 5),
        potential: draw > 0.85 ? 'high' : draw > 0.4 ? 'medium' : 'low',
        strengths: '',
        growthAreas: '',
        nextGoals: '',
        updatedAt: addDays(periodEnd, 14),
      } satisfies Review)
    }
  }

  // A plan per active person this year; a third of them pair with a mentor from their team.
  const statuses: PlanItem['status'][] = ['planned', 'in-progress', 'completed', 'applied']
  data.people.forEach((person, p) => {
    if (person.status !== 'active') return
    const planId = `plan-${person.id}`
    data.plans.push({
      id: planId,
      personId: person.id,
      period: '2026-H2',
      focusSkillIds: [],
      goalIds: [],
      status: 'active',
      createdAt: addDays(today, -120),
    })
    data.planItems.push({
      id: `${planId}-item`,
      planId,
      personId: person.id,
      kind: 'activity',
      enrolmentId: null,
      title: 'Shadow a colleague',
      status: statuses[p % statuses.length]!,
      startDate: addDays(today, -90),
      dueDate: addDays(today, 30),
      hours: 8,
      cost: 0,
      skillIds: [],
      evidence: [],
      mentorId: p % 3 === 0 && p >= 10 ? `person-${(p + 10) % count}` : null,
    })
  })

  return { ...data, settings: defaultSettings }
}

/** buildCareerOverview on the 200-person workspace: latest levels, readiness, succession. */
export function measureCareerOverview(): DomainBuildTiming & { assessments: number } {
  const data = generateCareerWorkload()
  return {
    assessments: data.assessments.length,
    ...time(
      () => buildCareerOverview(data),
      (overview) =>
        `${overview.readiness.length} next-role readiness entries, ${overview.highPotentials.length} high potentials, ${overview.succession.length} critical roles with ${overview.succession.reduce((sum, entry) => sum + entry.candidates.length, 0)} candidates`,
    ),
  }
}

/** buildAgenda on the 200-person, five-year agenda workload (the one its unit test uses). */
export function measureAgenda(): DomainBuildTiming {
  const input = generateAgendaWorkload({ today })
  return time(
    () => buildAgenda(input, today),
    (items) => `${items.length} agenda items`,
  )
}
