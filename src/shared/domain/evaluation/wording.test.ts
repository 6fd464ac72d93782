import { describe, expect, it } from 'vitest'
import { createWording } from './wording'

describe('evaluation wording', () => {
  const w = createWording('EUR', 'en-GB')

  it('writes money in the workspace currency, whole, with no minus zero', () => {
    expect(w.money(1234.6)).toBe('€1,235')
    expect(w.money(-0.4)).toBe('€0')
    expect(w.money(-250)).toBe('-€250')
    expect(createWording('GBP', 'en-GB').money(7500)).toBe('£7,500')
    expect(createWording('USD', 'en-US').money(7500)).toBe('$7,500')
  })

  it('signs a change with a true minus and never signs a zero', () => {
    expect(w.signed(4.06)).toBe('+4.1')
    expect(w.signed(-0.3)).toBe('−0.3')
    expect(w.signed(0.04)).toBe('0')
    expect(w.signed(-0.04)).toBe('0')
    expect(w.signed(12.5, 0)).toBe('+13')
  })

  it('writes a KPI change in its unit', () => {
    expect(w.change(4.06, '%')).toBe('+4.1 pts')
    expect(w.change(0.05, '')).toBe('+0.05')
    expect(w.change(-0.3, 'score')).toBe('−0.3')
    expect(w.change(-2, 'min')).toBe('−2 min')
  })

  it('writes shares as whole percentages and dates in the user’s order', () => {
    expect(w.share(0.125)).toBe('13%')
    expect(w.share(1)).toBe('100%')
    expect(w.monthYear('2027-05-02')).toBe('May 2027')
    expect(w.date('2027-02-15')).toBe('15 Feb 2027')
    expect(createWording('USD', 'en-US').date('2027-02-15')).toBe('Feb 15, 2027')
    // A date at the edge of a month stays on its day in any time zone.
    expect(w.date('2027-03-01')).toBe('1 Mar 2027')
  })
})
