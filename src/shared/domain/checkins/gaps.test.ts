import { describe, expect, it } from 'vitest'
import type { Assessment, Skill } from '../../model'
import { listLargestGaps } from './gaps'
import { makePerson } from './test-fixtures'

const skill = (id: string, isCritical = false): Skill => ({
  id,
  name: id.toUpperCase(),
  categoryId: 'k',
  description: '',
  tags: [],
  isCritical,
  minExperts: 1,
  levelDescriptors: {},
})
const assess = (
  skillId: string,
  level: number,
  source: Assessment['source'] = 'manager',
  date = '2026-10-01',
): Assessment => ({
  id: `${skillId}-${source}-${date}`,
  personId: 'p1',
  skillId,
  level,
  date,
  source,
  assessorId: null,
  note: '',
})

describe('largest skill gaps', () => {
  it('ranks required minus current (latest manager level), critical first on a tie', () => {
    const gaps = listLargestGaps({
      person: makePerson({ roleId: 'barista' }),
      skills: [skill('a'), skill('b', true), skill('c'), skill('d')],
      assessments: [
        assess('a', 1),
        assess('b', 1),
        assess('c', 0, 'manager', '2026-01-01'),
        assess('c', 3, 'manager', '2026-10-01'),
        assess('d', 4, 'self'),
      ],
      roleRequirements: ['a', 'b', 'c', 'd'].map((skillId) => ({
        id: `r-${skillId}`,
        roleId: 'barista',
        skillId,
        requiredLevel: 3,
        demandSource: 'role' as const,
        businessGoalId: null,
      })),
      requirementOverrides: [],
      matrixSource: 'manager',
      limit: 2,
    })
    // d has only a self assessment: counted as 0 under the manager setting, so the widest gap.
    expect(gaps.map((g) => [g.skillId, g.current, g.required, g.gap])).toEqual([
      ['d', 0, 3, 3],
      ['b', 1, 3, 2],
    ])
  })
})
