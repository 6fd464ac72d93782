import { describe, expect, it } from 'vitest'
import { Person, Review, type KeyResult } from '../../model'
import { checkGoalContradiction, computeGoalProgress } from './goal-contradiction'
import { compareGroups } from './group-gaps'
import { checkHalo } from './halo'
import { checkRaterDistribution } from './rater-distribution'
import { checkRecency } from './recency'
import { checkSelfManagerGap } from './self-gap'

const scale = { min: 0, max: 4 }
const cycle = { periodStart: '2026-01-01', periodEnd: '2026-06-30' } // 180 days; last fifth from 2026-05-27

function review(overrides: Partial<Review> & { id?: string } = {}): Review {
  return Review.parse({
    id: 'r1',
    cycleId: 'c1',
    personId: 'p1',
    updatedAt: '2026-06-30',
    ...overrides,
  })
}

function skillRatings(ratings: number[], evidence: string[][] = []) {
  return ratings.map((rating, index) => ({
    skillId: `s${index}`,
    rating,
    evidenceIds: evidence[index] ?? [],
  }))
}

describe('recency', () => {
  const dates = new Map<string, string>([
    ['e1', '2026-01-20'],
    ['e2', '2026-02-15'],
    ['e3', '2026-03-10'],
    ['e4', '2026-04-05'],
    ['e5', '2026-05-01'],
    ['e6', '2026-06-05'],
    ['l1', '2026-06-01'],
    ['l2', '2026-06-10'],
    ['l3', '2026-06-20'],
    ['l4', '2026-06-28'],
    ['out', '2025-12-01'],
  ])

  it('flags evidence bunched in the last fifth, with the late items as evidence', () => {
    const flag = checkRecency(
      review({
        skillRatings: skillRatings(
          [2, 3],
          [
            ['e1', 'l1', 'l2'],
            ['l3', 'l4', 'l1'],
          ],
        ),
      }),
      cycle,
      dates,
    )
    expect(flag?.kind).toBe('recency')
    expect(flag?.explanation).toContain('4 of the 5 pieces of evidence cited (80%)')
    expect(flag?.evidenceIds.sort()).toEqual(['l1', 'l2', 'l3', 'l4'])
  })

  it('does not flag evidence spread over the period', () => {
    const evenly = review({
      skillRatings: skillRatings(
        [2, 3],
        [
          ['e1', 'e2', 'e3'],
          ['e4', 'e5', 'l1'],
        ],
      ),
    })
    expect(checkRecency(evenly, cycle, dates)).toBeNull()
  })

  it('does not flag too little evidence to judge, nor count evidence from outside the period', () => {
    expect(
      checkRecency(review({ skillRatings: skillRatings([2], [['l1', 'l2', 'l3']]) }), cycle, dates),
    ).toBeNull()
    // 3 late of 4 in the period (out is ignored): below the 5 needed
    expect(
      checkRecency(
        review({ skillRatings: skillRatings([2], [['out', 'e1', 'l1', 'l2', 'l3']]) }),
        cycle,
        dates,
      ),
    ).toBeNull()
  })

  it('measures a review written before the period ends up to the day it was written', () => {
    // written 2026-03-31: 89 days, the last fifth starts on day 72, 2026-03-14
    const early = review({
      updatedAt: '2026-03-31',
      skillRatings: skillRatings([2], [['e1', 'm1', 'm2', 'm3', 'm4']]),
    })
    const marchDates = new Map([
      ['e1', '2026-01-20'],
      ['m1', '2026-03-15'],
      ['m2', '2026-03-20'],
      ['m3', '2026-03-25'],
      ['m4', '2026-03-30'],
    ])
    expect(checkRecency(early, cycle, marchDates)?.explanation).toContain('(from 2026-03-14)')
    expect(checkRecency({ ...early, updatedAt: '2026-06-30' }, cycle, marchDates)).toBeNull()
  })

  it('sits on the 50% line: 3 late of 6 flags, 2 of 6 does not', () => {
    const three = review({
      skillRatings: skillRatings([2], [['e1', 'e2', 'e3', 'l1', 'l2', 'l3']]),
    })
    expect(checkRecency(three, cycle, dates)?.explanation).toContain('3 of the 6')
    const two = review({ skillRatings: skillRatings([2], [['e1', 'e2', 'e3', 'e4', 'l1', 'l2']]) })
    expect(checkRecency(two, cycle, dates)).toBeNull()
  })
})

describe('halo and horns', () => {
  const categories = new Map([
    ['s0', 'sales'],
    ['s1', 'sales'],
    ['s2', 'coffee'],
    ['s3', 'people'],
  ])
  const sameCategory = new Map([
    ['s0', 'sales'],
    ['s1', 'sales'],
    ['s2', 'sales'],
    ['s3', 'sales'],
  ])

  it('flags identical ratings across unrelated skills with a top overall as halo', () => {
    const flag = checkHalo(
      review({ overallRating: 4, skillRatings: skillRatings([4, 4, 4, 4]) }),
      categories,
      scale,
    )
    expect(flag?.kind).toBe('halo')
    expect(flag?.explanation).toContain('3 unrelated categories')
  })

  it('flags near-identical ratings with a bottom overall as horns', () => {
    const flag = checkHalo(
      review({ overallRating: 0, skillRatings: skillRatings([1, 1, 1, 1]) }),
      categories,
      scale,
    )
    expect(flag?.kind).toBe('horns')
  })

  it('does not flag varied ratings, a middle overall, or skills of one category', () => {
    expect(
      checkHalo(
        review({ overallRating: 4, skillRatings: skillRatings([4, 2, 3, 4]) }),
        categories,
        scale,
      ),
    ).toBeNull()
    expect(
      checkHalo(
        review({ overallRating: 2, skillRatings: skillRatings([3, 3, 3, 3]) }),
        categories,
        scale,
      ),
    ).toBeNull()
    expect(
      checkHalo(
        review({ overallRating: 4, skillRatings: skillRatings([4, 4, 4, 4]) }),
        sameCategory,
        scale,
      ),
    ).toBeNull()
    expect(
      checkHalo(
        review({ overallRating: 4, skillRatings: skillRatings([4, 4, 4]) }),
        categories,
        scale,
      ),
    ).toBeNull()
  })
})

describe('leniency, severity and central tendency', () => {
  const rated = (rater: string, ratings: number[], cycleId = 'c1') =>
    ratings.map((overallRating, index) =>
      review({
        id: `${rater}-${cycleId}-${index}`,
        raterName: rater,
        overallRating,
        cycleId,
        personId: `${rater}${index}`,
      }),
    )

  it('flags a rater well above the others as lenient', () => {
    const reviews = [...rated('Ana', [4, 4, 3, 4]), ...rated('Ben', [2, 3, 1, 2, 3])]
    const flags = checkRaterDistribution('Ana', reviews, [], scale)
    expect(flags.map((flag) => flag.kind)).toEqual(['leniency'])
    expect(flags[0]!.explanation).toContain(
      'Ana rates 4 people at 3.8 on average; the other raters in this cycle average 2.2',
    )
    expect(flags[0]!.evidenceIds).toHaveLength(4)
  })

  it('flags a rater well below as severe', () => {
    const reviews = [...rated('Ana', [1, 1, 2]), ...rated('Ben', [3, 2, 3, 4])]
    expect(checkRaterDistribution('Ana', reviews, [], scale).map((flag) => flag.kind)).toEqual([
      'severity',
    ])
  })

  it('flags ratings bunched together while the others spread', () => {
    const reviews = [...rated('Ana', [2, 2, 2, 2]), ...rated('Ben', [0, 4, 1, 3, 2])]
    expect(checkRaterDistribution('Ana', reviews, [], scale).map((flag) => flag.kind)).toEqual([
      'central-tendency',
    ])
  })

  it('does not flag a rater in line with the others, or with too few ratings', () => {
    const inLine = [...rated('Ana', [3, 2, 1, 3]), ...rated('Ben', [2, 3, 1, 3, 2])]
    expect(checkRaterDistribution('Ana', inLine, [], scale)).toEqual([])
    const few = [...rated('Ana', [4, 4]), ...rated('Ben', [1, 1, 1])]
    expect(checkRaterDistribution('Ana', few, [], scale)).toEqual([])
  })

  it('with one rater, compares with the rater’s own earlier cycles', () => {
    const current = rated('Ana', [4, 4, 4, 3])
    const history = rated('Ana', [2, 3, 2, 1, 3], 'c0')
    const flags = checkRaterDistribution('Ana', current, history, scale)
    expect(flags[0]!.kind).toBe('leniency')
    expect(flags[0]!.explanation).toContain("Ana's own ratings in earlier cycles")
    expect(checkRaterDistribution('Ana', current, [], scale)).toEqual([])
  })
})

describe('self vs manager', () => {
  const names = new Map([
    ['s0', 'Negotiation'],
    ['s1', 'Coffee knowledge'],
  ])

  it('flags a gap of two levels or more, naming the skill and both ratings', () => {
    const flag = checkSelfManagerGap(
      review({
        skillRatings: skillRatings([1, 3], [['f1'], ['f2']]),
        selfRatings: [
          { skillId: 's0', rating: 3 },
          { skillId: 's1', rating: 3 },
        ],
      }),
      names,
    )
    expect(flag?.explanation).toContain('Negotiation (self 3, manager 1)')
    expect(flag?.explanation).not.toContain('Coffee knowledge')
    expect(flag?.evidenceIds).toEqual(['f1'])
  })

  it('does not flag one-level differences or skills the manager did not rate', () => {
    const flag = checkSelfManagerGap(
      review({
        skillRatings: skillRatings([2]),
        selfRatings: [
          { skillId: 's0', rating: 3 },
          { skillId: 's9', rating: 0 },
        ],
      }),
      names,
    )
    expect(flag).toBeNull()
  })
})

describe('group gaps', () => {
  const person = (id: string, location: string, custom: Record<string, string> = {}) =>
    Person.parse({ id, displayName: id, location, customFields: custom, createdAt: '2025-01-01' })
  const people = new Map(
    [
      ...['a1', 'a2', 'a3', 'a4', 'a5'].map((id) => person(id, 'Dublin', { Shift: 'early' })),
      ...['b1', 'b2'].map((id) => person(id, 'Cork', { Shift: 'late' })),
    ].map((p) => [p.id, p]),
  )
  const ratingsFor = (values: Record<string, number>) =>
    Object.entries(values).map(([personId, overallRating]) =>
      review({ id: personId, personId, overallRating }),
    )

  it('reports sizes and means, warns on small groups, and never draws a conclusion', () => {
    const report = compareGroups(
      ratingsFor({ a1: 3, a2: 3, a3: 4, a4: 3, a5: 2, b1: 1, b2: 2 }),
      people,
      { kind: 'location' },
      scale,
    )
    expect(report.groups).toEqual([
      { value: 'Dublin', size: 5, mean: 3 },
      { value: 'Cork', size: 2, mean: 1.5 },
    ])
    expect(report.gap).toBe(1.5)
    expect(report.isNoticeable).toBe(true)
    expect(report.hasSmallGroups).toBe(true)
    expect(report.explanation).toContain('fewer than 5 people')
    expect(report.explanation).toContain('before drawing any conclusion')
  })

  it('reads custom fields and does not call a small difference noticeable', () => {
    const report = compareGroups(
      ratingsFor({ a1: 3, a2: 3, a3: 3, a4: 3, a5: 3, b1: 3, b2: 2 }),
      people,
      { kind: 'custom', key: 'Shift' },
      scale,
    )
    expect(report.groups.map((g) => g.value)).toEqual(['early', 'late'])
    expect(report.isNoticeable).toBe(false)
    expect(report.explanation).not.toContain('conclusion')
  })
})

describe('rating against goal results', () => {
  const kr = (baseline: number, target: number, current: number, weight = 1): KeyResult => ({
    id: `kr${current}`,
    goalId: 'g1',
    title: 'kr',
    unit: '',
    direction: target >= baseline ? 'increase' : 'decrease',
    baseline,
    target,
    current,
    weight,
    kpiId: null,
  })

  it('computes weighted progress, clamped, for decreasing results too', () => {
    expect(computeGoalProgress([kr(0, 10, 5), kr(100, 50, 50, 3)])).toBeCloseTo((0.5 + 3) / 4)
    expect(computeGoalProgress([kr(0, 10, 15)])).toBe(1)
    expect(computeGoalProgress([])).toBeNull()
  })

  it('flags a top rating on a goal that barely moved, and the reverse', () => {
    const goals = new Map([
      ['g1', { title: 'Grow repeat orders', keyResults: [kr(0, 10, 1)], updates: [] }],
      ['g2', { title: 'Cut waste', keyResults: [kr(10, 0, 0)], updates: [] }],
    ])
    const flag = checkGoalContradiction(
      review({
        goalRatings: [
          { goalId: 'g1', rating: 4, evidenceIds: ['u1'] },
          { goalId: 'g2', rating: 0, evidenceIds: [] },
        ],
      }),
      goals,
      scale,
    )
    expect(flag?.explanation).toContain(
      '"Grow repeat orders" rated 4 of 4 with 10% of its key results reached',
    )
    expect(flag?.explanation).toContain('"Cut waste" rated 0 of 4 with 100%')
    expect(flag?.evidenceIds).toEqual(['u1'])
  })

  it('does not flag a rating in line with the results', () => {
    const goals = new Map([['g1', { title: 'Grow', keyResults: [kr(0, 10, 7)], updates: [] }]])
    expect(
      checkGoalContradiction(
        review({ goalRatings: [{ goalId: 'g1', rating: 3, evidenceIds: [] }] }),
        goals,
        scale,
      ),
    ).toBeNull()
  })
})
