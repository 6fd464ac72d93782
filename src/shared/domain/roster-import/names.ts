import { cleanText } from './text'

export interface NameParts {
  displayName: string
  givenName: string
  familyName: string
}

/** "Smith, Jr." is a suffix, not "Last, First". */
const nameSuffixes: ReadonlySet<string> = new Set([
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
  'phd',
  'md',
  'esq',
])

/**
 * Reads a full name. "Last, First" is turned round to "First Last"; "First Last" stays as
 * written, its first word being the given name. Letter case and accents are never changed.
 */
export function splitFullName(value: string): NameParts {
  const name = cleanText(value)
  const comma = name.indexOf(',')
  if (comma >= 0) {
    const familyName = name.slice(0, comma).trim()
    const givenName = name.slice(comma + 1).trim()
    if (!nameSuffixes.has(givenName.toLowerCase().replace(/\./gu, ''))) {
      return { displayName: joinName(givenName, familyName), givenName, familyName }
    }
  }
  const space = name.indexOf(' ')
  return space < 0
    ? { displayName: name, givenName: name, familyName: '' }
    : { displayName: name, givenName: name.slice(0, space), familyName: name.slice(space + 1) }
}

/** "First Last", leaving out a blank part. */
export function joinName(givenName: string, familyName: string): string {
  return [givenName, familyName].filter((part) => part !== '').join(' ')
}
