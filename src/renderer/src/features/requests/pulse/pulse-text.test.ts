import { describe, expect, it } from 'vitest'
import type { PulseResults } from '../../../../../shared/domain/requests'
import {
  describeEnps,
  describeHidden,
  describeResponseRate,
  formatAverage,
  formatEnps,
  toShares,
} from './pulse-text'

const pulse = (responseCount: number, audienceSize: number, rate: number | null) =>
  ({ responseCount, audienceSize, responseRate: rate }) as PulseResults

describe('the Pulse view wording', () => {
  it('gives the response rate of the audience, or the count when no audience is known', () => {
    expect(describeResponseRate(pulse(4, 6, 4 / 6))).toBe('4 of 6 answered (67%)')
    expect(describeResponseRate(pulse(1, 0, null))).toBe('1 response')
  })

  it('says how many responses are needed and how many came', () => {
    expect(describeHidden(5, 4)).toBe('Hidden until 5 responses (4 so far).')
    expect(describeHidden(3, 0, 'answer')).toBe('Hidden until 3 answers (0 so far).')
  })

  it('writes averages and eNPS', () => {
    expect(formatAverage(3.84)).toBe('3.8')
    expect(formatAverage(null)).toBe('–')
    expect(formatEnps(20)).toBe('+20')
    expect(formatEnps(0)).toBe('0')
    expect(formatEnps(-15)).toBe('-15')
    expect(describeEnps({ score: 0, promoters: 2, passives: 1, detractors: 2 })).toBe(
      '2 promoters, 1 passive, 2 detractors',
    )
  })

  it('turns counts into whole percents that add up to 100', () => {
    const d = (counts: number[]) => counts.map((count, i) => ({ value: i, label: `${i}`, count }))
    expect(toShares(d([1, 1, 1]))).toEqual([34, 33, 33])
    expect(toShares(d([0, 2, 3]))).toEqual([0, 40, 60])
    expect(toShares(d([0, 0]))).toEqual([0, 0])
    const shares = toShares(d([1, 2, 4, 0, 6]))
    expect(shares.reduce((a, b) => a + b, 0)).toBe(100)
  })
})
