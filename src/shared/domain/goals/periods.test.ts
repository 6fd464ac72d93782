import { describe, expect, it } from 'vitest'
import {
  comparePeriods,
  describePeriod,
  getNextPeriod,
  getPeriodBounds,
  getPreviousPeriod,
  listPickerPeriods,
  toPeriodKey,
} from './periods'

describe('fiscal periods', () => {
  it('uses calendar quarters when the fiscal year starts in January', () => {
    expect(toPeriodKey('2026-01-01', 1)).toBe('2026-Q1')
    expect(toPeriodKey('2026-03-31', 1)).toBe('2026-Q1')
    expect(toPeriodKey('2026-04-01', 1)).toBe('2026-Q2')
    expect(toPeriodKey('2026-11-23', 1)).toBe('2026-Q4')
    expect(getPeriodBounds('2026-Q1', 1)).toEqual({
      key: '2026-Q1',
      start: '2026-01-01',
      end: '2026-03-31',
    })
    expect(getPeriodBounds('2026-Q4', 1)).toEqual({
      key: '2026-Q4',
      start: '2026-10-01',
      end: '2026-12-31',
    })
  })

  it('names a July fiscal year by the year it starts in', () => {
    expect(toPeriodKey('2026-07-01', 7)).toBe('2026-Q1')
    expect(toPeriodKey('2026-06-30', 7)).toBe('2025-Q4')
    expect(toPeriodKey('2026-11-23', 7)).toBe('2026-Q2')
    expect(toPeriodKey('2027-02-14', 7)).toBe('2026-Q3')
    expect(getPeriodBounds('2026-Q3', 7)).toEqual({
      key: '2026-Q3',
      start: '2027-01-01',
      end: '2027-03-31',
    })
    expect(getPeriodBounds('2026-Q4', 7)).toEqual({
      key: '2026-Q4',
      start: '2027-04-01',
      end: '2027-06-30',
    })
  })

  it('handles quarters that cross a year end and February in a leap year', () => {
    // November start: Q1 is Nov-Dec-Jan, Q2 is Feb-Mar-Apr.
    expect(getPeriodBounds('2027-Q1', 11)).toEqual({
      key: '2027-Q1',
      start: '2027-11-01',
      end: '2028-01-31',
    })
    expect(toPeriodKey('2028-01-31', 11)).toBe('2027-Q1')
    expect(toPeriodKey('2028-02-01', 11)).toBe('2027-Q2')
    // December start: Q1 ends on the last day of February, 29 in 2028.
    expect(getPeriodBounds('2027-Q1', 12)).toEqual({
      key: '2027-Q1',
      start: '2027-12-01',
      end: '2028-02-29',
    })
    expect(getPeriodBounds('2026-Q1', 12)?.end).toBe('2027-02-28')
  })

  it('puts every day of a fiscal year in exactly one of its four quarters, for every start month', () => {
    for (let startMonth = 1; startMonth <= 12; startMonth += 1) {
      const q1 = getPeriodBounds('2026-Q1', startMonth)!
      const q4 = getPeriodBounds('2026-Q4', startMonth)!
      expect(q1.start).toBe(`2026-${String(startMonth).padStart(2, '0')}-01`)
      expect(toPeriodKey(q1.start, startMonth)).toBe('2026-Q1')
      expect(toPeriodKey(q4.end, startMonth)).toBe('2026-Q4')
      const next = getPeriodBounds('2027-Q1', startMonth)!
      const dayAfter = new Date(`${q4.end}T00:00:00Z`)
      dayAfter.setUTCDate(dayAfter.getUTCDate() + 1)
      expect(dayAfter.toISOString().slice(0, 10)).toBe(next.start)
    }
  })

  it('steps to the next and previous period across the year', () => {
    expect(getNextPeriod('2026-Q3')).toBe('2026-Q4')
    expect(getNextPeriod('2026-Q4')).toBe('2027-Q1')
    expect(getPreviousPeriod('2027-Q1')).toBe('2026-Q4')
    expect(getNextPeriod('FY26')).toBeNull()
    expect(getPeriodBounds('2026-Q5', 1)).toBeNull()
    expect(() => toPeriodKey('2026-01-01', 13)).toThrow(/1 to 12/)
  })

  it('orders and offers periods newest first', () => {
    expect(['2026-Q1', '2025-Q4', '2026-Q3'].sort(comparePeriods)).toEqual([
      '2025-Q4',
      '2026-Q1',
      '2026-Q3',
    ])
    expect(listPickerPeriods(['2026-Q3', '2026-Q4'], '2026-11-23', 1)).toEqual([
      '2027-Q1',
      '2026-Q4',
      '2026-Q3',
    ])
    expect(describePeriod('2026-Q4', 1)).toBe('2026-Q4 (1 Oct – 31 Dec 2026)')
    expect(describePeriod('2027-Q1', 11)).toBe('2027-Q1 (1 Nov 2027 – 31 Jan 2028)')
  })
})
