import { describe, expect, it } from 'vitest'
import { findPersonProblem, findTeamProblem } from './validation'

describe('person and team form checks', () => {
  it('a person needs a name, and an email only when one is given', () => {
    expect(findPersonProblem({ displayName: 'Ana Ruiz', email: '' })).toBeNull()
    expect(
      findPersonProblem({ displayName: 'Ana Ruiz', email: ' ana@roastery.example ' }),
    ).toBeNull()
    expect(findPersonProblem({ displayName: '  ', email: '' })).toEqual({
      field: 'displayName',
      text: 'Enter the person’s name.',
    })
    expect(findPersonProblem({ displayName: 'Ana', email: 'Ana Ruiz' })?.field).toBe('email')
    expect(findPersonProblem({ displayName: 'Ana', email: 'ana@' })?.field).toBe('email')
  })

  it('a team needs a name', () => {
    expect(findTeamProblem({ name: 'Roastery' })).toBeNull()
    expect(findTeamProblem({ name: ' ' })?.text).toBe('Give the team a name.')
  })
})
