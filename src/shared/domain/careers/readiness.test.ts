import { describe, expect, it } from 'vitest'
import type { CareerPath, PlanItem, RoleRequirement } from '../../model'
import type { CurrentLevel, LevelIndex } from '../skills/types'
import {
  computeReadiness,
  countMentees,
  findNextRole,
  indexRequirements,
  listHighPotentials,
  listNextRoleReadiness,
  listSuccession,
  suggestMentors,
} from './readiness'
import { person, review } from './test-fixtures'

const requirement = (roleId: string, skillId: string, requiredLevel: number): RoleRequirement => ({
  id: `${roleId}-${skillId}`,
  roleId,
  skillId,
  requiredLevel,
  demandSource: 'role',
  businessGoalId: null,
})

function levels(entries: Record<string, Record<string, number>>): LevelIndex {
  return new Map(
    Object.entries(entries).map(([personId, bySkill]) => [
      personId,
      new Map(
        Object.entries(bySkill).map(([skillId, level]): [string, CurrentLevel] => [
          skillId,
          { level, date: '2026-01-01', source: 'manager', assessmentId: `${personId}-${skillId}` },
        ]),
      ),
    ]),
  )
}

// The lead role needs ten skills at level 3.
const leadSkills = Array.from({ length: 10 }, (_, index) => `s${index}`)
const requirements = indexRequirements(
  leadSkills.map((skill) => requirement('role-lead', skill, 3)),
)
const allAt = (level: number, count = 10) =>
  Object.fromEntries(leadSkills.slice(0, count).map((skill) => [skill, level]))
const paths: CareerPath[] = [
  {
    id: 'p',
    name: 'Store',
    description: '',
    roleIds: ['role-barista', 'role-lead', 'role-manager'],
  },
]

describe('readiness', () => {
  it('is the share of requirements met, with the gaps that remain', () => {
    const index = levels({ a: { ...allAt(3, 7), s7: 2, s9: 1 } })
    const result = computeReadiness('a', 'role-lead', requirements, index)
    expect(result.met).toBe(7)
    expect(result.share).toBe(0.7)
    expect(result.gaps.map((gap) => [gap.skillId, gap.current])).toEqual([
      ['s8', null],
      ['s9', 1],
      ['s7', 2],
    ])
    expect(result.band).toBe('year')
  })

  it('bands: ready now from 90% with no gap over a level, within a year from 60%, later below', () => {
    const band = (entries: Record<string, number>) =>
      computeReadiness('a', 'role-lead', requirements, levels({ a: entries })).band
    expect(band(allAt(3))).toBe('now')
    expect(band({ ...allAt(3), s9: 2 })).toBe('now')
    expect(band({ ...allAt(3), s9: 0 })).toBe('year')
    expect(band(allAt(3, 6))).toBe('year')
    expect(band(allAt(3, 5))).toBe('later')
    expect(computeReadiness('a', 'role-none', requirements, levels({})).band).toBe('unknown')
  })

  it('takes the next role from the career path', () => {
    expect(findNextRole('role-barista', paths)).toBe('role-lead')
    expect(findNextRole('role-manager', paths)).toBeNull()
    expect(findNextRole(null, paths)).toBeNull()
    const people = [
      person('a'),
      person('top', { roleId: 'role-manager' }),
      person('x', { status: 'left' }),
    ]
    const result = listNextRoleReadiness(people, paths, requirements, levels({ a: allAt(3) }))
    expect(result.map((r) => [r.personId, r.roleId, r.band])).toEqual([['a', 'role-lead', 'now']])
  })
})

describe('high potentials and succession', () => {
  it('lists people rated high potential, or top performers ready now, with reasons', () => {
    const people = [person('hipo'), person('star'), person('steady')]
    const reviews = [
      { ...review('hipo', 'c', 3), potential: 'high' as const },
      review('star', 'c', 5),
      review('steady', 'c', 5),
    ]
    const readiness = listNextRoleReadiness(
      people,
      paths,
      requirements,
      levels({ star: allAt(3), steady: allAt(1) }),
    )
    const result = listHighPotentials({
      people,
      reviews,
      readiness,
      performanceOf: (r) => ((r.overallRating ?? 0) >= 4 ? 'high' : 'medium'),
      roleName: () => 'Shift lead',
    })
    expect(result).toEqual([
      { personId: 'hipo', reasons: ['Rated high potential in their latest review'] },
      { personId: 'star', reasons: ['Performing in the top band', 'Ready now for Shift lead'] },
    ])
  })

  it('flags a critical role with nobody ready now as a single point of failure', () => {
    const roles = [
      { id: 'role-lead', name: 'Shift lead', description: '', isCritical: true },
      { id: 'role-barista', name: 'Barista', description: '' },
    ]
    const people = [
      person('holder', { roleId: 'role-lead' }),
      person('close', {}),
      person('far', {}),
    ]
    const none = listSuccession({
      roles,
      people,
      requirements,
      levels: levels({ close: allAt(3, 7) }),
    })
    expect(none).toHaveLength(1)
    expect(none[0]!.holders.map((p) => p.id)).toEqual(['holder'])
    expect(none[0]!.candidates.map((c) => c.personId)).toEqual(['close'])
    expect(none[0]!.isSinglePointOfFailure).toBe(true)
    const ready = listSuccession({ roles, people, requirements, levels: levels({ far: allAt(3) }) })
    expect(ready[0]!.readyNow).toBe(1)
    expect(ready[0]!.isSinglePointOfFailure).toBe(false)
  })
})

describe('mentors', () => {
  it('suggests colleagues at or above the level, not already at their mentee limit', () => {
    const people = [
      person('me'),
      person('expert'),
      person('busy'),
      person('novice'),
      person('gone', { status: 'left' }),
    ]
    const index = levels({
      expert: { s1: 3 },
      busy: { s1: 4 },
      novice: { s1: 1 },
      gone: { s1: 4 },
      me: { s1: 1 },
    })
    const item = (id: string, mentorId: string, status: PlanItem['status']): PlanItem => ({
      id,
      planId: 'plan',
      personId: 'x',
      kind: 'activity',
      enrolmentId: null,
      title: 'Mentoring',
      status,
      startDate: null,
      dueDate: null,
      hours: 0,
      cost: 0,
      skillIds: [],
      evidence: [],
      mentorId,
    })
    const mentees = countMentees([
      item('1', 'busy', 'planned'),
      item('2', 'busy', 'in-progress'),
      item('3', 'expert', 'completed'),
    ])
    const base = { personId: 'me', skillId: 's1', level: 3, people, levels: index, mentees }
    expect(suggestMentors({ ...base, maxMentees: 2 }).map((s) => s.person.id)).toEqual(['expert'])
    expect(suggestMentors({ ...base, maxMentees: 3 }).map((s) => s.person.id)).toEqual([
      'busy',
      'expert',
    ])
  })
})
