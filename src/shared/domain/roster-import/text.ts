/** Whitespace that trimming leaves to collapse: a run, or anything other than a plain space. */
const untidySpace = /\s{2}|[^\S ]/

/** Collapses every run of whitespace (non-breaking spaces and line breaks too) and trims. */
export function cleanText(value: string | undefined): string {
  if (value === undefined) return ''
  const trimmed = value.trim()
  // Testing first avoids building a new string for the usual, already tidy value (10k-row files).
  return untidySpace.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed
}

const lineBreak = /[\r\n]/u

/** Like cleanText, but keeps line breaks: a custom "Notes" column may be written in lines. */
export function cleanCustomText(value: string | undefined): string {
  if (value === undefined) return ''
  // One line, the usual cell: the same as cleanText, without splitting and joining it.
  if (!lineBreak.test(value)) return cleanText(value)
  return value
    .split(/\r\n|\r|\n/u)
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .join('\n')
    .replace(/\n{2,}/gu, '\n')
    .trim()
}

/** The form two values are compared in when matching: cleaned and case-insensitive. */
export function toMatchKey(value: string): string {
  return cleanText(value).toLowerCase()
}

/**
 * A header reduced to lower-case letters and digits, accents removed, so that `Employee_Name`,
 * `employee-name` and ` EMPLOYEE NAME ` agree. `#` reads as "number" (`Employee #`).
 */
export function normalizeHeaderKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/#/gu, 'number')
    .replace(/[^\p{L}\p{N}]/gu, '')
}
