import { describe, expect, it } from 'vitest'
import { detectDateOrder, parseRosterDate, readRosterDate } from './dates'

describe('parseRosterDate', () => {
  it('reads ISO dates in either order setting, with or without a time part', () => {
    for (const order of ['month-first', 'day-first'] as const) {
      expect(parseRosterDate('2020-03-05', order)).toBe('2020-03-05')
      expect(parseRosterDate('2020-3-5', order)).toBe('2020-03-05')
      expect(parseRosterDate('2020-03-05T14:30:00Z', order)).toBe('2020-03-05')
      expect(parseRosterDate('2020-03-05T23:30:00.000+02:00', order)).toBe('2020-03-05')
      expect(parseRosterDate('2020-03-05 09:15', order)).toBe('2020-03-05')
      expect(parseRosterDate(' 2020/03/05 ', order)).toBe('2020-03-05')
    }
  })

  it('reads US dates month-first', () => {
    expect(parseRosterDate('3/5/2020', 'month-first')).toBe('2020-03-05')
    expect(parseRosterDate('03/05/20', 'month-first')).toBe('2020-03-05')
    expect(parseRosterDate('12/31/1999', 'month-first')).toBe('1999-12-31')
    expect(parseRosterDate('3/15/2020 0:00', 'month-first')).toBe('2020-03-15')
    expect(parseRosterDate('3/15/2020 12:00 PM', 'month-first')).toBe('2020-03-15')
  })

  it('reads day-first dates with slashes, dots and dashes', () => {
    expect(parseRosterDate('5/3/2020', 'day-first')).toBe('2020-03-05')
    expect(parseRosterDate('31/12/2019', 'day-first')).toBe('2019-12-31')
    expect(parseRosterDate('5.3.2020', 'day-first')).toBe('2020-03-05')
    expect(parseRosterDate('05.03.20', 'day-first')).toBe('2020-03-05')
    expect(parseRosterDate('05-03-2020', 'day-first')).toBe('2020-03-05')
  })

  it('pivots two-digit years: 00-69 are 2000s, 70-99 are 1900s', () => {
    expect(parseRosterDate('1/2/00', 'month-first')).toBe('2000-01-02')
    expect(parseRosterDate('1/2/69', 'month-first')).toBe('2069-01-02')
    expect(parseRosterDate('1/2/70', 'month-first')).toBe('1970-01-02')
    expect(parseRosterDate('1/2/99', 'month-first')).toBe('1999-01-02')
  })

  it('knows Feb 29 only in leap years', () => {
    expect(parseRosterDate('2020-02-29', 'day-first')).toBe('2020-02-29')
    expect(parseRosterDate('29/02/2000', 'day-first')).toBe('2000-02-29')
    expect(parseRosterDate('2/29/2024', 'month-first')).toBe('2024-02-29')
    expect(parseRosterDate('2019-02-29', 'day-first')).toBeNull()
    expect(parseRosterDate('29/02/1900', 'day-first')).toBeNull()
    expect(parseRosterDate('2/29/2100', 'month-first')).toBeNull()
  })

  it('returns null for dates that do not exist or are not dates', () => {
    expect(parseRosterDate('30/02/2020', 'day-first')).toBeNull()
    expect(parseRosterDate('2/30/2020', 'month-first')).toBeNull()
    expect(parseRosterDate('31/04/2020', 'day-first')).toBeNull()
    expect(parseRosterDate('2020-13-01', 'day-first')).toBeNull()
    expect(parseRosterDate('2020-00-10', 'day-first')).toBeNull()
    expect(parseRosterDate('13/02/2020', 'month-first')).toBeNull()
    expect(parseRosterDate('0/1/2020', 'month-first')).toBeNull()
    expect(parseRosterDate('03/05-2020', 'day-first')).toBeNull()
    expect(parseRosterDate('2020-03-05 junk', 'day-first')).toBeNull()
    expect(parseRosterDate('March 5, 2020', 'month-first')).toBeNull()
    expect(parseRosterDate('1/2/0202', 'month-first')).toBeNull()
    expect(parseRosterDate('', 'month-first')).toBeNull()
  })
})

describe('detectDateOrder', () => {
  it('finds the order from one value that fits only one', () => {
    expect(detectDateOrder(['01/02/2020', '13/02/2020', '03/04/2021'])).toBe('day-first')
    expect(detectDateOrder(['01/02/2020', '02/13/2020', ''])).toBe('month-first')
    expect(detectDateOrder(['13.2.2020'])).toBe('day-first')
  })

  it('is ambiguous when every value fits both orders, or when the values disagree', () => {
    expect(detectDateOrder(['01/02/2020', '12/12/2020', '3/4/21'])).toBe('ambiguous')
    expect(detectDateOrder(['13/02/2020', '02/13/2020'])).toBe('ambiguous')
    expect(detectDateOrder(['2020-01-01', '01/02/2020'])).toBe('ambiguous')
  })

  it('says iso for ISO-only files and none when nothing is a date', () => {
    expect(detectDateOrder(['2020-01-01', '', '2021-12-31T08:00:00Z'])).toBe('iso')
    expect(detectDateOrder(['2020-01-01', '15/03/2020'])).toBe('day-first')
    expect(detectDateOrder(['', 'soon', 'n/a'])).toBe('none')
    expect(detectDateOrder([])).toBe('none')
  })
})

describe('readRosterDate without a known order', () => {
  it('reads values that fit one order and reports those that fit both', () => {
    expect(readRosterDate('13/02/2020', null)).toEqual({ kind: 'date', date: '2020-02-13' })
    expect(readRosterDate('05/05/2020', null)).toEqual({ kind: 'date', date: '2020-05-05' })
    expect(readRosterDate('03/04/2020', null)).toEqual({
      kind: 'ambiguous',
      dayFirst: '2020-04-03',
      monthFirst: '2020-03-04',
    })
    expect(readRosterDate('31/31/2020', null)).toEqual({ kind: 'invalid' })
  })
})
