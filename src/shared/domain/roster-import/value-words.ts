import type { ScaleLevel } from '../../model'
import { toMatchKey } from './text'

/**
 * The words HR and payroll tools write in their fixed-value columns, and the Trellis value each
 * most nearly means. A word not listed is never guessed: the wizard flags it for the user.
 */

/** Letters only, so `On-leave`, `on leave` and `ONLEAVE` read the same. */
export function toWordKey(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}]/gu, '')
}

function table(entries: Array<[string, readonly string[]]>): ReadonlyMap<string, string> {
  return new Map(entries.flatMap(([value, words]) => words.map((word) => [toWordKey(word), value])))
}

/** Status: still employed, or left (with whose decision, when the word says it). */
const statusWords = table([
  [
    'active',
    [
      'active',
      'employed',
      'current',
      'on leave',
      'leave of absence',
      'parental leave',
      'maternity leave',
      'sick leave',
      'suspended',
      'furloughed',
      'probation',
      'onboarding',
      'full-time',
      'part-time',
      'temporary',
      'pending',
      'leaving',
    ],
  ],
  [
    'left',
    ['left', 'terminated', 'inactive', 'former', 'leaver', 'ended', 'withdrawn', 'deceased'],
  ],
  [
    'left-voluntary',
    [
      'voluntarily terminated',
      'voluntary termination',
      'terminated voluntary',
      'terminated - voluntary',
      'resigned',
      'resignation',
      'retired',
      'quit',
    ],
  ],
  [
    'left-involuntary',
    [
      'terminated for cause',
      'involuntarily terminated',
      'involuntary termination',
      'terminated - involuntary',
      'dismissed',
      'fired',
      'laid off',
      'redundant',
      'made redundant',
    ],
  ],
])

const leavingTypeWords = table([
  ['voluntary', ['voluntary', 'resigned', 'resignation', 'retired', 'retirement', 'quit']],
  [
    'involuntary',
    ['involuntary', 'dismissed', 'terminated', 'for cause', 'fired', 'laid off', 'redundancy'],
  ],
])

/** A "Remote" column often holds yes/no: yes means remote, no means on site. */
const arrangementWords = table([
  ['onsite', ['onsite', 'on-site', 'office', 'in office', 'in person', 'no', 'false']],
  ['hybrid', ['hybrid']],
  ['remote', ['remote', 'home', 'work from home', 'wfh', 'yes', 'true']],
])

const hireSourceWords = table([
  [
    'internal',
    ['internal', 'internal transfer', 'internal posting', 'internal candidate', 'promotion'],
  ],
  [
    'external',
    [
      'external',
      'indeed',
      'linkedin',
      'google search',
      'employee referral',
      'referral',
      'diversity job fair',
      'job fair',
      'careerbuilder',
      'website',
      'company website',
      'career site',
      'careers page',
      'online web application',
      'on-line web application',
      'glassdoor',
      'monster',
      'job board',
      'agency',
      'recruitment agency',
      'recruiter',
      'headhunter',
      'university',
      'campus',
      'social media',
      'newspaper',
      'walk-in',
      'other',
    ],
  ],
])

/** Scores in words, in tiers from the bottom up: 0 below expectations ... 4 far above them. */
const performanceTiers = table([
  ['0', ['pip', 'unsatisfactory', 'does not meet', 'does not meet expectations', 'poor']],
  [
    '1',
    [
      'needs improvement',
      'below expectations',
      'partially meets',
      'partially meets expectations',
      'developing',
    ],
  ],
  ['2', ['fully meets', 'meets', 'meets expectations', 'solid', 'good', 'successful', 'achieves']],
  ['3', ['exceeds', 'exceeds expectations', 'excellent', 'strong']],
  ['4', ['outstanding', 'exceptional', 'far exceeds', 'far exceeds expectations']],
])

/** Where each of the five tiers falls on a shorter scale, by the scale's number of levels. */
const tiersOnShortScales: Record<number, readonly number[]> = {
  1: [0, 0, 0, 0, 0],
  2: [0, 0, 1, 1, 1],
  3: [0, 0, 1, 2, 2],
  4: [0, 1, 2, 3, 3],
}

export function suggestStatus(text: string): string | null {
  return statusWords.get(toWordKey(text)) ?? null
}

export function suggestLeavingType(text: string): string | null {
  return leavingTypeWords.get(toWordKey(text)) ?? null
}

export function suggestWorkArrangement(text: string): string | null {
  return arrangementWords.get(toWordKey(text)) ?? null
}

export function suggestHireSource(text: string): string | null {
  const known = hireSourceWords.get(toWordKey(text))
  if (known !== undefined) return known
  return /\binternal\b/iu.test(text) ? 'internal' : null
}

/** A level of the workspace scale: a number on it, or a score in words placed by its share. */
export function suggestPerformance(text: string, scale: readonly ScaleLevel[]): string | null {
  if (scale.length === 0) return null
  const levels = scale.map((level) => level.level).sort((a, b) => a - b)
  const number = Number(text.trim())
  if (text.trim() !== '' && Number.isInteger(number) && levels.includes(number)) {
    return String(number)
  }
  const byLabel = scale.find((level) => toMatchKey(level.label) === toMatchKey(text))
  if (byLabel) return String(byLabel.level)
  const tier = performanceTiers.get(toWordKey(text))
  if (tier === undefined) return null
  const short = tiersOnShortScales[levels.length]
  const index = short ? short[Number(tier)]! : Math.round((Number(tier) * (levels.length - 1)) / 4)
  return String(levels[index])
}

/** "Not applicable" words a reason column writes for people still employed. */
const notApplicable = new Set(
  ['n/a', 'na', 'n/a-stillemployed', 'still employed', 'none', 'not applicable', '-'].map(
    toWordKey,
  ),
)

/** Keywords of the default leaving reasons; a workspace's own reasons match by their words. */
const reasonKeywords: Array<[RegExp, string]> = [
  [/another position|career|new job|better opportunit|promotion elsewhere/iu, 'Career move'],
  [/money|pay|salary|compensation|benefit/iu, 'Pay'],
  [/relocat|moving|moved/iu, 'Relocation'],
  [/school|study|studies|education|university|college/iu, 'Study'],
  [/family|health|medical|maternity|paternity|parental|illness/iu, 'Family or health'],
  [/hours|workload|schedule|shift/iu, 'Workload or hours'],
  [/manager|supervisor|boss/iu, 'Relationship with manager'],
  [/redundan|role ended|contract end|position eliminated|laid off/iu, 'Role ended'],
  [/performance|attendance|no-call|misconduct|cause/iu, 'Performance'],
  [/retir/iu, 'Retirement'],
]

/**
 * The workspace leaving reason a file's reason most nearly names: the same words, or a keyword
 * that points to a reason whose name starts the same way. '(blank)' for "not applicable" words;
 * null for none (the words are kept as the leaver's free text).
 */
export function suggestLeavingReason(text: string, reasons: readonly string[]): string | null {
  if (notApplicable.has(toWordKey(text))) return '(blank)'
  const exact = reasons.find((reason) => toMatchKey(reason) === toMatchKey(text))
  if (exact !== undefined) return exact
  for (const [pattern, start] of reasonKeywords) {
    if (!pattern.test(text)) continue
    const reason = reasons.find((candidate) => toMatchKey(candidate).startsWith(toMatchKey(start)))
    if (reason !== undefined) return reason
  }
  return null
}
