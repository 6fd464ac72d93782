import { describe, expect, it } from 'vitest'
import { TrainingInitiative } from '../../model'
import {
  findInitiativeProblem,
  newInitiative,
  newSkillTargetDraft,
  readInitiativeDraft,
  toInitiativeDraft,
  type InitiativeDraft,
} from './initiative-form'
import { makeInitiative } from './test-fixtures'

const stored = makeInitiative('i1', {
  title: 'Cupping circle',
  format: 'peer-coaching-circle',
  provider: { kind: 'external', personId: null, name: 'Roasters Guild' },
  cost: 120.5,
  hours: 6,
  skillTargets: [
    { skillId: 's1', targetLevel: 3 },
    { skillId: 's2', targetLevel: 2 },
  ],
  kpiId: 'k1',
  targetChange: -2,
})

let rowCount = 0
const nextRowId = () => `row-${++rowCount}`

function draftOf(changes: Partial<InitiativeDraft> = {}): InitiativeDraft {
  return { ...toInitiativeDraft(stored, nextRowId), ...changes }
}

describe('initiative form', () => {
  it('reads a stored initiative back unchanged', () => {
    const draft = draftOf()
    expect(draft).toMatchObject({ providerName: 'Roasters Guild', cost: '120.5', kpiId: 'k1' })
    expect(findInitiativeProblem(draft)).toBeNull()
    expect(readInitiativeDraft(draft)).toEqual(stored)
    expect(TrainingInitiative.parse(readInitiativeDraft(draft))).toEqual(stored)
  })

  it('reads empty numbers and choices as none, and a comma as the decimal point', () => {
    const read = readInitiativeDraft(
      draftOf({ cost: '', hours: '1,5', kpiId: '', targetChange: ' ' }),
    )
    expect(read).toMatchObject({ cost: 0, hours: 1.5, kpiId: null, targetChange: null })
  })

  it('keeps the expert of an internal initiative and the name of the others', () => {
    const internal = draftOf({ providerKind: 'internal', providerPersonId: 'p9' })
    expect(readInitiativeDraft(internal).provider).toEqual({
      kind: 'internal',
      personId: 'p9',
      name: '',
    })
    const free = draftOf({ providerKind: 'free', providerPersonId: 'p9', providerName: ' Book ' })
    expect(readInitiativeDraft(free).provider).toEqual({
      kind: 'free',
      personId: null,
      name: 'Book',
    })
  })

  it('names the first field to fix, in the order of the form', () => {
    const fresh = toInitiativeDraft(newInitiative('n'), nextRowId)
    expect(findInitiativeProblem(fresh)).toEqual({
      field: 'title',
      text: 'Give the initiative a title.',
    })
    // An internal initiative may leave its expert for later; the others need a name.
    expect(findInitiativeProblem({ ...fresh, title: 'Shadowing' })).toBeNull()
    expect(findInitiativeProblem(draftOf({ providerName: ' ' }))).toEqual({
      field: 'providerName',
      text: 'Name the provider.',
    })
    expect(findInitiativeProblem(draftOf({ providerKind: 'free', providerName: '' }))?.text).toBe(
      'Name the resource, such as the course or the book.',
    )
    expect(findInitiativeProblem(draftOf({ hours: '-1' }))).toEqual({
      field: 'hours',
      text: 'The hours are a number, 0 or more.',
    })
    expect(findInitiativeProblem(draftOf({ cost: 'free' }))).toEqual({
      field: 'cost',
      text: 'The cost is a number, 0 or more (0 for free).',
    })
    expect(findInitiativeProblem(draftOf({ targetChange: 'less' }))).toEqual({
      field: 'targetChange',
      text: 'The target change is a number, such as -2 or 5, or leave it empty.',
    })
  })

  it('needs a skill in every row, each skill once', () => {
    const rows = draftOf().skillTargets
    const blank = newSkillTargetDraft('b', 4)
    expect(blank.targetLevel).toBe('2')
    expect(newSkillTargetDraft('b', 1).targetLevel).toBe('1')
    expect(findInitiativeProblem(draftOf({ skillTargets: [...rows, blank] }))).toEqual({
      field: 'skill-2-skillId',
      text: 'Skill 3: choose a skill.',
    })
    const twice = { ...rows[0]!, id: 'again' }
    expect(findInitiativeProblem(draftOf({ skillTargets: [...rows, twice] }))).toEqual({
      field: 'skill-2-skillId',
      text: 'Skill 3 is the same as skill 1: list each skill once.',
    })
  })
})
