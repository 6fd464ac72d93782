import { describe, expect, it } from 'vitest'
import { generateSampleCompany } from '../sample/generate'
import { trackCoverageOverTime } from './coverage-over-time'
import { listIndividualGaps, summarizeAllPeople, summarizeSkillForPeople } from './gaps'
import { buildSkillMatrix, withAssessment } from './matrix'
import { listMatrixRows } from './matrix-view'
import { findOwnerIds } from './owners'
import { createRoasteryData, makeAssessment, makePerson } from './test-fixtures'
import type { SkillsData } from './types'

/** The roastery with its owner: no team, no manager, a roaster's role; Ana and Ben report to her. */
function withOwner(): SkillsData {
  const data = createRoasteryData()
  const people = data.people.map((person) =>
    person.id === 'p-ana' || person.id === 'p-ben' ? { ...person, managerId: 'p-olga' } : person,
  )
  return {
    ...data,
    people: [...people, makePerson('p-olga', 'Olga Quinn', { roleId: 'r-roaster' })],
  }
}

describe('findOwnerIds', () => {
  it('names who has no team and no manager but has someone reporting to them', () => {
    const people = [
      makePerson('owner', 'Owner', { teamId: null, managerId: null }),
      makePerson('lead', 'Lead', { teamId: 't-1', managerId: null }),
      makePerson('report', 'Report', { teamId: 't-1', managerId: 'owner' }),
      makePerson('team-report', 'Team report', { teamId: 't-1', managerId: 'lead' }),
      // Not placed yet: no team, no manager, nobody reporting. Still counted.
      makePerson('new', 'Newcomer', { teamId: null, managerId: null }),
      // No team, but a manager: someone in the organisation, counted.
      makePerson('floater', 'Floater', { teamId: null, managerId: 'owner' }),
    ]
    expect([...findOwnerIds(people)]).toEqual(['owner'])
  })
})

describe('an owner in the matrix', () => {
  const data = withOwner()
  const model = buildSkillMatrix(data)
  const without = buildSkillMatrix(createRoasteryData())

  it('keeps their row and cells, but counts them in no column summary', () => {
    const row = model.rows.get('p-olga')
    expect(row?.isCounted).toBe(false)
    // Their own figures: three requirements, none assessed (nobody manages them).
    expect([row?.requiredCount, row?.gapCount, row?.totalGap]).toEqual([3, 3, 7])
    expect(model.getCell('p-olga', 's-roast')).toMatchObject({ required: 3, gap: 3 })
    expect(model.rows.get('p-ana')?.isCounted).toBe(true)
    expect([...model.columns.values()]).toEqual([...without.columns.values()])
  })

  it('leaves them out of the gap lists, the "only with gaps" rows and the sort by gap', () => {
    expect(summarizeAllPeople(model).map((person) => person.personId)).not.toContain('p-olga')
    expect(listIndividualGaps(model).map((gap) => gap.personId)).not.toContain('p-olga')
    expect(listMatrixRows(model, { onlyWithGaps: true }).map((r) => r.personId)).not.toContain(
      'p-olga',
    )
    expect(listMatrixRows(model, { sortBy: 'total-gap' }).at(-1)?.personId).toBe('p-olga')
    expect(summarizeSkillForPeople(model, 's-roast', ['p-olga', 'p-ana'])?.needCount).toBe(1)
  })

  it('stays out of the column after an assessment of theirs', () => {
    const update = withAssessment(
      model,
      makeAssessment('olga-1', 'p-olga', 's-roast', 1, '2026-07-01'),
    )
    expect(update.cell).toMatchObject({ current: 1, gap: 2 })
    expect(update.column).toEqual(without.columns.get('s-roast'))
  })

  it('is not in the coverage over time', () => {
    const options = { today: '2026-07-15', months: 3 }
    expect(trackCoverageOverTime({ ...data, ...options })).toEqual(
      trackCoverageOverTime({ ...createRoasteryData(), ...options }),
    )
  })

  it('is the managing director in the sample company, whose gaps no team total counts', () => {
    const sample = { ...generateSampleCompany({ today: '2026-11-23' }), settings: {} }
    const director = sample.people.find((person) => person.title === 'Managing Director')
    expect([...findOwnerIds(sample.people)]).toEqual([director?.id])
    const matrix = buildSkillMatrix(sample)
    expect(matrix.rows.get(director?.id ?? '')?.isCounted).toBe(false)
    for (const column of matrix.columns.values()) {
      expect(column.belowPersonIds).not.toContain(director?.id)
    }
  })
})
