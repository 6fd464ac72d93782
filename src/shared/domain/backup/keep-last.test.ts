import { describe, expect, it } from 'vitest'
import { findKeepLastProblem } from './keep-last'

describe('backups kept per workspace', () => {
  it('accepts whole numbers from 1 to 365', () => {
    for (const typed of ['1', '30', '365', ' 7 '])
      expect(findKeepLastProblem(typed), typed).toBeNull()
  })

  it('refuses empty, fractional, too small and too large numbers', () => {
    for (const typed of ['', '  ', '0', '-2', '2.5', 'ten', '366']) {
      expect(findKeepLastProblem(typed), typed).toMatch(/between 1 and 365/)
    }
  })
})
