import { describe, expect, it } from 'vitest'
import {
  findCategoryProblem,
  findMergeProblem,
  findRoleProblem,
  findScaleLabelProblems,
  findSkillProblem,
  parseTags,
} from './validation'

describe('skill structure form checks', () => {
  it('a skill needs a name, a whole expert count and tags of 60 characters at most, in that order', () => {
    const good = { name: 'Espresso', minExperts: '2', tags: 'coffee, bar' }
    expect(findSkillProblem(good)).toBeNull()
    expect(findSkillProblem({ ...good, name: ' ', minExperts: 'x' })).toEqual({
      field: 'name',
      text: 'Give the skill a name.',
    })
    expect(findSkillProblem({ ...good, minExperts: '1.5' })?.field).toBe('minExperts')
    expect(findSkillProblem({ ...good, minExperts: '-1' })?.field).toBe('minExperts')
    expect(findSkillProblem({ ...good, minExperts: ' 0 ' })).toBeNull()
    const long = 'x'.repeat(61)
    expect(findSkillProblem({ ...good, tags: `ok, ${long}` })).toEqual({
      field: 'tags',
      text: `The tag “${long}” is longer than 60 characters.`,
    })
    expect(parseTags(' a, ,b ,')).toEqual(['a', 'b'])
  })

  it('roles and categories need a name', () => {
    expect(findRoleProblem({ name: 'Roaster' })).toBeNull()
    expect(findRoleProblem({ name: ' ' })).toEqual({ field: 'name', text: 'Give the role a name.' })
    expect(findCategoryProblem({ name: 'Languages' })).toBeNull()
    expect(findCategoryProblem({ name: '' })?.text).toBe('Give the category a name.')
  })

  it('a merge needs two different skills, and blames the one still to choose', () => {
    expect(findMergeProblem({ keptId: 'a', duplicateId: 'b' })).toBeNull()
    expect(findMergeProblem({ keptId: '', duplicateId: 'b' })?.field).toBe('keptId')
    expect(findMergeProblem({ keptId: 'a', duplicateId: '' })?.field).toBe('duplicateId')
    expect(findMergeProblem({ keptId: 'a', duplicateId: 'a' })).toEqual({
      field: 'duplicateId',
      text: 'Choose two different skills.',
    })
  })

  it('every scale level needs a label of its own, and both twins are told', () => {
    const levels = [
      { level: 0, label: 'None' },
      { level: 1, label: ' ' },
      { level: 2, label: 'expert' },
      { level: 3, label: 'Expert ' },
    ]
    expect([...findScaleLabelProblems(levels)]).toEqual([
      [1, 'Give this level a label.'],
      [2, 'Level 3 is also called “Expert”.'],
      [3, 'Level 2 is also called “expert”.'],
    ])
    expect(findScaleLabelProblems(levels.slice(0, 1)).size).toBe(0)
  })
})
