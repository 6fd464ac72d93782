import { describe, expect, it } from 'vitest'
import { isSafeFileName, toSafeFileName } from './file-name'

describe('file names', () => {
  it('accepts plain names and refuses paths, reserved and control characters', () => {
    expect(isSafeFileName('Acme 2026-11-23.trellis.json')).toBe(true)
    for (const name of ['../x.json', 'a/b', 'a\\b', 'C:x', 'a*b', 'tab\there', '', '  ', '..']) {
      expect(isSafeFileName(name), name).toBe(false)
    }
  })

  it('makes a safe name from anything', () => {
    expect(toSafeFileName('R&D / Ops: "North"', 'x')).toBe('R&D Ops North')
    expect(toSafeFileName('///', 'workspace')).toBe('workspace')
  })
})
