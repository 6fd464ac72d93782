import type { PersonStatus, PersonWorkArrangement } from './types'
import { cleanText } from './text'

/** Letters only, so `On-leave`, `on leave` and `ONLEAVE` read the same. */
function toWordKey(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}]/gu, '')
}

const statusByWord: ReadonlyMap<string, PersonStatus> = new Map([
  ...[
    'active',
    'employed',
    'current',
    'on leave',
    'leave of absence',
    'probation',
    'full-time',
    'part-time',
    'temporary',
  ].map((word) => [toWordKey(word), 'active'] as const),
  ...[
    'terminated',
    'left',
    'inactive',
    'former',
    'resigned',
    'leaver',
    'ended',
    'retired',
    'dismissed',
    'deceased',
    'withdrawn',
  ].map((word) => [toWordKey(word), 'left'] as const),
])

/** 'active', 'left', or null for a word that says neither (the caller reports it). */
export function parseStatusWord(value: string): PersonStatus | null {
  return statusByWord.get(toWordKey(value)) ?? null
}

/** A "Remote" column often holds yes/no: yes means remote, no means on site. */
const arrangementByWord: ReadonlyMap<string, PersonWorkArrangement> = new Map([
  ...['onsite', 'on-site', 'office', 'in office', 'in person', 'no', 'false'].map(
    (word) => [toWordKey(word), 'onsite'] as const,
  ),
  ...['hybrid'].map((word) => [toWordKey(word), 'hybrid'] as const),
  ...['remote', 'home', 'work from home', 'wfh', 'yes', 'true'].map(
    (word) => [toWordKey(word), 'remote'] as const,
  ),
])

export function parseWorkArrangementWord(value: string): PersonWorkArrangement | null {
  return arrangementByWord.get(toWordKey(value)) ?? null
}

/** Emails are compared and stored lower-case: mail systems treat them so in practice. */
export function normalizeEmail(value: string): string {
  return cleanText(value).toLowerCase()
}

/** Loose on purpose (x@y.z): the goal is to catch a name or phone number in the email column. */
export function isValidEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(value)
}
