import { describe, expect, it } from 'vitest'
import { findWorkspaceNameProblem } from './name'

describe('workspace name', () => {
  it('needs some text, and at most 80 characters', () => {
    expect(findWorkspaceNameProblem('   ')).toEqual({
      field: 'name',
      text: 'Give the workspace a name',
    })
    expect(findWorkspaceNameProblem('x'.repeat(81))?.text).toBe('Keep the name under 80 characters')
  })

  it('accepts a name with spaces around it (they are trimmed when saved)', () => {
    expect(findWorkspaceNameProblem('  Harbour Street Bakery ')).toBeNull()
    expect(findWorkspaceNameProblem('x'.repeat(80))).toBeNull()
  })
})
