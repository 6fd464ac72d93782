import { describe, expect, it } from 'vitest'
import { buildFirstCycle } from './first-cycle'

const none = {
  activePeople: 0,
  peopleWithRole: 0,
  roleRequirements: 0,
  assessments: 0,
  plans: 0,
  checkins: 0,
  reviews: 0,
}

describe('the guided first cycle', () => {
  it('ticks each step as its data appears, in order', () => {
    const done = (counts: typeof none) =>
      buildFirstCycle(counts)
        .filter((step) => step.isDone)
        .map((step) => step.id)
    expect(done(none)).toEqual([])
    expect(done({ ...none, activePeople: 4 })).toEqual(['team'])
    // A role counts once someone holds it and it requires something.
    expect(done({ ...none, activePeople: 4, peopleWithRole: 2 })).toEqual(['team'])
    expect(done({ ...none, activePeople: 4, peopleWithRole: 2, roleRequirements: 5 })).toEqual([
      'team',
      'roles',
    ])
    expect(
      done({
        activePeople: 4,
        peopleWithRole: 2,
        roleRequirements: 5,
        assessments: 1,
        plans: 1,
        checkins: 1,
        reviews: 1,
      }),
    ).toEqual(['team', 'roles', 'assessment', 'plans', 'checkins', 'review'])
  })
})
