import { describe, expect, it } from 'vitest'
import type { Aspiration } from '../../model'
import { chooseFocusSkills, suggestPlanItems, type SuggestPlanInput } from './suggest'
import { makeGap, makeInitiative, makeSkill } from './test-fixtures'

const espresso = makeSkill('espresso', 'Espresso extraction')
const cupping = makeSkill('cupping', 'Cupping')
const sales = makeSkill('sales', 'Consultative selling')
const excel = makeSkill('excel', 'Spreadsheets')
const roasting = makeSkill('roasting', 'Roast profiling')

function aspiration(skillId: string, interest: number): Aspiration {
  return {
    id: `a-${skillId}`,
    personId: 'p1',
    skillId,
    interest,
    comment: '',
    updatedAt: '2026-01-01',
  }
}

function baseInput(overrides: Partial<SuggestPlanInput> = {}): SuggestPlanInput {
  return {
    // Largest first, as listPersonGaps returns them.
    gaps: [
      makeGap(espresso, 1, 3),
      makeGap(cupping, null, 2),
      makeGap(sales, 1, 2),
      makeGap(excel, 2, 3),
    ],
    aspirations: [aspiration('roasting', 3), aspiration('excel', 3), aspiration('sales', 1)],
    currentLevels: new Map([
      ['espresso', 1],
      ['sales', 1],
      ['excel', 2],
      ['roasting', 0],
    ]),
    skills: [espresso, cupping, sales, excel, roasting],
    initiatives: [],
    topScale: 4,
    currency: 'EUR',
    ...overrides,
  }
}

describe('chooseFocusSkills', () => {
  it('takes the three largest gaps, then the keenest aspiration not already in focus', () => {
    const focus = chooseFocusSkills(baseInput())
    expect(focus.map((f) => [f.skillId, f.reason, f.currentLevel, f.targetLevel])).toEqual([
      ['espresso', 'gap', 1, 3],
      ['cupping', 'gap', null, 2],
      ['sales', 'gap', 1, 2],
      // Spreadsheets is a fourth gap (not in the top three) and an aspiration at interest 3 like
      // Roast profiling; the tie goes to the name, so Roast profiling comes first. One step up: 0 -> 1.
      ['roasting', 'aspiration', 0, 1],
    ])
    expect(focus[0]!.reasoning).toBe('Gap of 2: level 1 now, 3 needed.')
    expect(focus[1]!.reasoning).toBe('Gap of 2: not assessed yet, 2 needed.')
    expect(focus[3]!.reasoning).toBe('They asked to learn it (interest 3 of 3).')
  })

  it('skips aspirations below interest 2 and skills already at the top of the scale', () => {
    const focus = chooseFocusSkills(
      baseInput({
        gaps: [],
        aspirations: [aspiration('roasting', 3), aspiration('sales', 1)],
        currentLevels: new Map([['roasting', 4]]),
      }),
    )
    expect(focus).toEqual([])
  })
})

describe('suggestPlanItems', () => {
  const initiatives = [
    // Reaches 3 in espresso but costs money, external course.
    makeInitiative('barista-course', {
      format: 'course',
      cost: 600,
      hours: 16,
      skillTargets: [{ skillId: 'espresso', targetLevel: 3 }],
    }),
    // Reaches 3, free peer mentoring: must come before the course.
    makeInitiative('espresso-mentoring', {
      format: 'mentoring',
      cost: 0,
      hours: 6,
      provider: { kind: 'internal', personId: null, name: '' },
      skillTargets: [{ skillId: 'espresso', targetLevel: 3 }],
    }),
    // Cheap but only reaches 2 of the 3 needed: after both that reach 3, so not in the top two.
    makeInitiative('espresso-video', {
      format: 'microlearning',
      cost: 0,
      hours: 1,
      skillTargets: [{ skillId: 'espresso', targetLevel: 2 }],
    }),
    // Does not lift above the current level 1: never suggested.
    makeInitiative('espresso-intro', {
      format: 'lunch-and-learn',
      cost: 0,
      hours: 1,
      skillTargets: [{ skillId: 'espresso', targetLevel: 1 }],
    }),
    // Builds cupping and sales: suggested once, for both.
    makeInitiative('cupping-circle', {
      format: 'peer-coaching-circle',
      cost: 0,
      hours: 8,
      skillTargets: [
        { skillId: 'cupping', targetLevel: 2 },
        { skillId: 'sales', targetLevel: 2 },
      ],
    }),
    // Two external options for sales: the cheaper first.
    makeInitiative('sales-workshop', {
      format: 'workshop',
      cost: 450,
      hours: 8,
      skillTargets: [{ skillId: 'sales', targetLevel: 3 }],
    }),
    makeInitiative('sales-conference', {
      format: 'conference',
      cost: 900,
      hours: 16,
      skillTargets: [{ skillId: 'sales', targetLevel: 3 }],
    }),
  ]

  it('ranks what reaches the level first, low-cost formats before paid ones, and merges shared initiatives', () => {
    const suggestions = suggestPlanItems(baseInput({ initiatives }))
    expect(suggestions.map((s) => [s.key, s.skillIds])).toEqual([
      ['espresso-mentoring', ['espresso']],
      ['barista-course', ['espresso']],
      ['cupping-circle', ['cupping', 'sales']],
      // Sales: cupping-circle (low cost) then the cheaper workshop; the conference is third.
      ['sales-workshop', ['sales']],
      // Roast profiling has no initiative: a free-form activity.
      ['activity:roasting', ['roasting']],
    ])
    const mentoring = suggestions[0]!
    expect(mentoring.isLowCost).toBe(true)
    expect(mentoring.isFullCover).toBe(true)
    expect(mentoring.reasoning).toBe(
      'Builds Espresso extraction to level 3, enough for the 3 needed. Gap of 2: level 1 now, 3 needed. Mentoring by internal expert: 6 h, no cost (low-cost format).',
    )
    expect(suggestions[1]!.reasoning).toContain('Course by external provider: 16 h, €600.')
    expect(suggestions[2]!.reasoning).toContain('Also builds Consultative selling to level 2')
    expect(suggestions[4]).toMatchObject({ kind: 'activity', cost: 0, initiativeId: null })
    expect(suggestions[4]!.reasoning).toBe(
      'Roast profiling — They asked to learn it (interest 3 of 3). No initiative in the catalogue builds it beyond level 0, so learn it on the job with someone who does it well.',
    )
  })

  it('leaves out initiatives already in the plan and fills in with the next best', () => {
    const suggestions = suggestPlanItems(
      baseInput({ initiatives, plannedInitiativeIds: new Set(['espresso-mentoring']) }),
    )
    expect(suggestions.slice(0, 2).map((s) => s.key)).toEqual(['barista-course', 'espresso-video'])
    // With every espresso initiative planned, espresso gets no suggestion, not even an activity.
    const allPlanned = suggestPlanItems(
      baseInput({
        initiatives,
        plannedInitiativeIds: new Set(['espresso-mentoring', 'barista-course', 'espresso-video']),
      }),
    )
    expect(allPlanned.some((s) => s.skillIds.includes('espresso'))).toBe(false)
    expect(suggestions[1]!.isFullCover).toBe(false)
    expect(suggestions[1]!.reasoning).toContain('short of the 3 needed')
  })
})
