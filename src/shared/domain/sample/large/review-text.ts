import type { FeedbackEntry } from '../../../model'
import { toSkillId } from '../catalogue'
import { toSentenceName } from '../text'
import { fill } from './time'

export type RatedSkill = {
  skill: string
  name: string
  rating: number
  required: number
  evidenceIds: string[]
}

const strengthLines = [
  '{skill}: the person the team asks; at {level}, above the {required} the role needs.',
  '{skill}: steady at {level} all year, including the peak weeks.',
  '{skill}: at {level}; sets the standard for newer colleagues.',
]

/** The two skills furthest above what the role needs, with a praise example when there is one. */
export function writeStrengths(skills: RatedSkill[], feedback: FeedbackEntry[]): string {
  const strong = skills
    .filter((s) => s.rating >= 3 && s.rating >= s.required)
    .sort(
      (a, b) => b.rating - b.required - (a.rating - a.required) || a.skill.localeCompare(b.skill),
    )
    .slice(0, 2)
  if (strong.length === 0) return 'Reliable day to day; no skill stands out above the role yet.'
  return strong
    .map((s, index) => {
      const praise = feedback.find(
        (f) => f.kind === 'praise' && f.skillIds.includes(toSkillId(s.skill)),
      )
      if (praise) return `${s.name}: ${praise.behaviour} ${praise.impact}`
      const line = strengthLines[(index + s.skill.length) % strengthLines.length] ?? ''
      return fill(line, {
        skill: s.name,
        level: String(s.rating),
        required: String(s.required),
      })
    })
    .join('\n')
}

/** The gaps against the role, with a constructive example when there is one. */
export function writeGrowthAreas(skills: RatedSkill[], feedback: FeedbackEntry[]): string {
  const gaps = skills.filter((s) => s.rating < s.required).slice(0, 2)
  if (gaps.length === 0) {
    return 'No gaps against the role. Growth is about depth: passing skills on to newer colleagues.'
  }
  return gaps
    .map((gap) => {
      const note = feedback.find(
        (f) => f.kind === 'constructive' && f.skillIds.includes(toSkillId(gap.skill)),
      )
      const base = `${gap.name}: at ${gap.rating}, the role needs ${gap.required}.`
      return note ? `${base} Example: ${note.behaviour}` : base
    })
    .join('\n')
}

export function writeNextGoals(skills: RatedSkill[]): string {
  const focus = skills
    .filter((s) => s.rating < s.required)
    .slice(0, 3)
    .map((s) => toSentenceName(s.name))
  if (focus.length === 0) return 'Keep the current level; take on one stretch assignment next year.'
  return `Focus next year: ${focus.join(', ')}. Plan items agreed in the check-in.`
}
