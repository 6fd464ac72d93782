import { describe, expect, it } from 'vitest'
import { createLevelReader } from './levels'
import { scale } from './test-fixtures'

const read = createLevelReader(scale)
const levelOf = (text: string) => {
  const reading = read(text)
  return reading.kind === 'level' ? reading.level : reading.kind
}

describe('createLevelReader', () => {
  it('reads numbers on the scale, as Excel writes them too', () => {
    expect(['0', '3', ' 4 ', '3.0', '2,00'].map(levelOf)).toEqual([0, 3, 4, 3, 2])
  })

  it('reads level labels in any case and spacing', () => {
    expect(['Practitioner', 'practitioner', ' EXPERT ', 'none', 'Aware'].map(levelOf)).toEqual([
      3, 3, 4, 0, 1,
    ])
  })

  it('reads a number with its label when both agree', () => {
    expect(
      ['3 - Practitioner', '3: practitioner', '4 (Expert)', 'Working (2)'].map(levelOf),
    ).toEqual([3, 3, 4, 2])
    expect(read('3 - Expert')).toEqual({
      kind: 'invalid',
      message: "'3 - Expert' says two levels (3 and 4): keep one.",
    })
  })

  it('reads a blank cell as no change, never as level 0', () => {
    expect(['', '   ', '\u00a0'].map(levelOf)).toEqual(['blank', 'blank', 'blank'])
  })

  it('says what is wrong with anything else', () => {
    expect(read('5')).toEqual({ kind: 'invalid', message: "'5' is not on the scale (0–4)." })
    expect(read('2.5')).toEqual({
      kind: 'invalid',
      message: "'2.5' falls between two levels: write a whole level (0–4).",
    })
    expect(read('guru')).toEqual({
      kind: 'invalid',
      message:
        "'guru' is not a level: write 0–4 or one of None, Aware, Working, Practitioner, Expert.",
    })
    expect(levelOf('-1')).toBe('invalid')
    expect(levelOf('yes')).toBe('invalid')
  })

  it('falls back to the schema range when the workspace has no scale', () => {
    const bare = createLevelReader([])
    expect(bare('10')).toEqual({ kind: 'level', level: 10 })
    expect(bare('11')).toEqual({ kind: 'invalid', message: "'11' is not on the scale (0–10)." })
  })
})
