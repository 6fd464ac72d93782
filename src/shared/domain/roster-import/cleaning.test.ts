import { describe, expect, it } from 'vitest'
import { joinName, splitFullName } from './names'
import { cleanCustomText, cleanText, normalizeHeaderKey } from './text'
import { isValidEmail, normalizeEmail, parseStatusWord, parseWorkArrangementWord } from './words'

describe('cleanText', () => {
  it('trims and collapses every run of whitespace', () => {
    expect(cleanText('  Ann \t  Lee\u00a0 ')).toBe('Ann Lee')
    expect(cleanText('line\r\nbreak')).toBe('line break')
    expect(cleanText(undefined)).toBe('')
  })

  it('keeps line breaks in custom fields but tidies each line', () => {
    expect(cleanCustomText('  first   line \r\n\r\n  second ')).toBe('first line\nsecond')
  })

  it('normalises headers to letters and digits', () => {
    expect(normalizeHeaderKey(' Employee_Name ')).toBe('employeename')
    expect(normalizeHeaderKey('Employee #')).toBe('employeenumber')
  })
})

describe('splitFullName', () => {
  it('turns "Last, First" round and keeps case and accents', () => {
    expect(splitFullName('García,  María José')).toEqual({
      displayName: 'María José García',
      givenName: 'María José',
      familyName: 'García',
    })
    expect(splitFullName('van der Berg, ANNA')).toEqual({
      displayName: 'ANNA van der Berg',
      givenName: 'ANNA',
      familyName: 'van der Berg',
    })
  })

  it('keeps "First Last" as written: the first word is the given name', () => {
    expect(splitFullName('  Jean-Luc   de la Cruz ')).toEqual({
      displayName: 'Jean-Luc de la Cruz',
      givenName: 'Jean-Luc',
      familyName: 'de la Cruz',
    })
    expect(splitFullName('Madonna')).toEqual({
      displayName: 'Madonna',
      givenName: 'Madonna',
      familyName: '',
    })
  })

  it('does not read a suffix after a comma as a given name, and copes with a missing part', () => {
    expect(splitFullName('John Smith, Jr.')).toEqual({
      displayName: 'John Smith, Jr.',
      givenName: 'John',
      familyName: 'Smith, Jr.',
    })
    expect(splitFullName('Smith,')).toEqual({
      displayName: 'Smith',
      givenName: '',
      familyName: 'Smith',
    })
    expect(joinName('', 'Lee')).toBe('Lee')
  })
})

describe('status words', () => {
  it('reads the words that mean active', () => {
    const words = ['active', 'Employed', 'CURRENT', 'On leave', 'on-leave', 'Leave of absence']
    words.push('probation', 'Full-time', 'full time', 'Part-Time', 'temporary')
    for (const word of words) expect([word, parseStatusWord(word)]).toEqual([word, 'active'])
  })

  it('reads the words that mean left', () => {
    const words = ['Terminated', 'left', 'Inactive', 'former', 'resigned', 'Leaver', 'ended']
    words.push('retired', 'dismissed', 'deceased', 'WITHDRAWN')
    for (const word of words) expect([word, parseStatusWord(word)]).toEqual([word, 'left'])
  })

  it('does not guess at other words', () => {
    for (const word of ['maybe', 'pending', '1', '']) expect(parseStatusWord(word)).toBeNull()
  })
})

describe('work arrangement words', () => {
  it('reads onsite, hybrid and remote and their variants', () => {
    expect(['onsite', 'On-site', 'Office', 'on site'].map(parseWorkArrangementWord)).toEqual([
      'onsite',
      'onsite',
      'onsite',
      'onsite',
    ])
    expect(parseWorkArrangementWord('Hybrid')).toBe('hybrid')
    expect(['Remote', 'home', 'Yes'].map(parseWorkArrangementWord)).toEqual([
      'remote',
      'remote',
      'remote',
    ])
    expect(parseWorkArrangementWord('sometimes')).toBeNull()
  })
})

describe('emails', () => {
  it('lower-cases and validates loosely', () => {
    expect(normalizeEmail('  Ann.Lee@Example.COM ')).toBe('ann.lee@example.com')
    expect(isValidEmail('a@b.co')).toBe(true)
    for (const bad of ['Ann Lee', 'ann@example', 'ann lee@example.com', '@example.com', 'a@@b.c']) {
      expect([bad, isValidEmail(bad)]).toEqual([bad, false])
    }
  })
})
