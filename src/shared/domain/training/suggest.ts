import type { Aspiration, Skill, TrainingInitiative } from '../../model'
import type { PersonGap } from '../skills'
import { formatLabels, isLowCost, providerLabels } from './labels'

export const defaultFocusGapCount = 3
export const defaultFocusAspirationCount = 1
export const defaultSuggestionsPerSkill = 2
/** Interest 2 ("keen") or more makes an aspiration a focus candidate. */
export const minAspirationInterest = 2

export interface FocusSkill {
  skillId: string
  skillName: string
  reason: 'gap' | 'aspiration'
  currentLevel: number | null
  /** The level to reach: the requirement for a gap, one step up for an aspiration. */
  targetLevel: number
  /** Why this skill is in focus, as a sentence. */
  reasoning: string
}

export interface PlanSuggestion {
  /** Stable within one suggestion run: the initiative id, or `activity:<skillId>`. */
  key: string
  kind: 'enrolment' | 'activity'
  initiativeId: string | null
  title: string
  skillIds: string[]
  hours: number
  cost: number
  isLowCost: boolean
  /** Reaches the target level of every focus skill it is suggested for. */
  isFullCover: boolean
  reasoning: string
}

export interface SuggestPlanInput {
  /** The person's gaps, largest first (listPersonGaps). */
  gaps: readonly PersonGap[]
  aspirations: readonly Aspiration[]
  /** skillId -> the person's current level (null or missing = not assessed). */
  currentLevels: ReadonlyMap<string, number | null>
  skills: readonly Skill[]
  initiatives: readonly TrainingInitiative[]
  /** Initiatives already in the plan are not suggested again. */
  plannedInitiativeIds?: ReadonlySet<string>
  topScale: number
  currency: string
  gapCount?: number
  aspirationCount?: number
  perSkill?: number
}

/** The focus skills of a plan: the largest gaps, then what the person is keen to learn. */
export function chooseFocusSkills(input: SuggestPlanInput): FocusSkill[] {
  const gapCount = input.gapCount ?? defaultFocusGapCount
  const aspirationCount = input.aspirationCount ?? defaultFocusAspirationCount
  const focus: FocusSkill[] = input.gaps.slice(0, gapCount).map((gap) => ({
    skillId: gap.skillId,
    skillName: gap.skillName,
    reason: 'gap',
    currentLevel: gap.currentLevel,
    targetLevel: gap.requiredLevel,
    reasoning: `Gap of ${gap.gap}: ${gap.currentLevel === null ? 'not assessed yet' : `level ${gap.currentLevel} now`}, ${gap.requiredLevel} needed${gap.isCritical ? ' (critical skill)' : ''}${gap.isSystemic ? '; the team shares this gap' : ''}.`,
  }))
  const skillNames = new Map(input.skills.map((skill) => [skill.id, skill.name]))
  const wishes = input.aspirations
    .filter((a) => a.interest >= minAspirationInterest && skillNames.has(a.skillId))
    .filter((a) => !focus.some((f) => f.skillId === a.skillId))
    .sort(
      (a, b) =>
        b.interest - a.interest ||
        (skillNames.get(a.skillId) ?? '').localeCompare(skillNames.get(b.skillId) ?? ''),
    )
  for (const wish of wishes) {
    const current = input.currentLevels.get(wish.skillId) ?? null
    if ((current ?? 0) >= input.topScale) continue
    if (focus.filter((f) => f.reason === 'aspiration').length >= aspirationCount) break
    focus.push({
      skillId: wish.skillId,
      skillName: skillNames.get(wish.skillId) ?? wish.skillId,
      reason: 'aspiration',
      currentLevel: current,
      targetLevel: (current ?? 0) + 1,
      reasoning: wish.comment.trim()
        ? `They asked to learn it (interest ${wish.interest} of 3): “${wish.comment.trim()}”`
        : `They asked to learn it (interest ${wish.interest} of 3).`,
    })
  }
  return focus
}

/**
 * Suggests plan items for the focus skills. Per skill: initiatives that reach the target level
 * come first, then low-cost formats, then the cheaper, then the shorter, then by title. An
 * initiative that fits several focus skills is suggested once. A skill with no initiative gets a
 * free-form activity.
 */
export function suggestPlanItems(
  input: SuggestPlanInput,
  focus: readonly FocusSkill[] = chooseFocusSkills(input),
): PlanSuggestion[] {
  const perSkill = input.perSkill ?? defaultSuggestionsPerSkill
  const planned = input.plannedInitiativeIds ?? new Set<string>()
  const suggestions = new Map<string, PlanSuggestion>()
  for (const skill of focus) {
    const current = skill.currentLevel ?? 0
    const builders = input.initiatives.flatMap((initiative) => {
      const target = initiative.skillTargets.find((t) => t.skillId === skill.skillId)
      return target && target.targetLevel > current
        ? [{ initiative, level: target.targetLevel }]
        : []
    })
    const candidates = builders
      .filter(({ initiative }) => !planned.has(initiative.id))
      .sort(
        (a, b) =>
          Number(b.level >= skill.targetLevel) - Number(a.level >= skill.targetLevel) ||
          Number(isLowCost(b.initiative)) - Number(isLowCost(a.initiative)) ||
          a.initiative.cost - b.initiative.cost ||
          a.initiative.hours - b.initiative.hours ||
          a.initiative.title.localeCompare(b.initiative.title),
      )
      .slice(0, perSkill)
    // Everything that builds the skill is already in the plan: nothing new to propose.
    if (candidates.length === 0 && builders.length > 0) continue
    if (candidates.length === 0) {
      const key = `activity:${skill.skillId}`
      suggestions.set(key, {
        key,
        kind: 'activity',
        initiativeId: null,
        title: `Stretch assignment or shadowing: ${skill.skillName}`,
        skillIds: [skill.skillId],
        hours: 8,
        cost: 0,
        isLowCost: true,
        isFullCover: false,
        reasoning: `${skill.skillName} — ${skill.reasoning} No initiative in the catalogue builds it beyond level ${current}, so learn it on the job with someone who does it well.`,
      })
      continue
    }
    for (const { initiative, level } of candidates) {
      const line = describeFit(skill, level)
      const existing = suggestions.get(initiative.id)
      if (existing) {
        existing.skillIds.push(skill.skillId)
        existing.isFullCover &&= level >= skill.targetLevel
        existing.reasoning += ` Also ${line}`
        continue
      }
      suggestions.set(initiative.id, {
        key: initiative.id,
        kind: 'enrolment',
        initiativeId: initiative.id,
        title: initiative.title,
        skillIds: [skill.skillId],
        hours: initiative.hours,
        cost: initiative.cost,
        isLowCost: isLowCost(initiative),
        isFullCover: level >= skill.targetLevel,
        reasoning: `${capitalise(line)} ${describeInitiative(initiative, input.currency)}`,
      })
    }
  }
  return [...suggestions.values()]
}

function describeFit(skill: FocusSkill, level: number): string {
  const reach =
    level >= skill.targetLevel
      ? `builds ${skill.skillName} to level ${level}, enough for the ${skill.targetLevel} needed.`
      : `builds ${skill.skillName} to level ${level}, short of the ${skill.targetLevel} needed.`
  return `${reach} ${skill.reasoning}`
}

function describeInitiative(initiative: TrainingInitiative, currency: string): string {
  const cost = initiative.cost === 0 ? 'no cost' : formatMoney(initiative.cost, currency)
  const provider =
    initiative.provider.kind === 'external' && initiative.provider.name
      ? initiative.provider.name
      : providerLabels[initiative.provider.kind].toLowerCase()
  return `${formatLabels[initiative.format]} by ${provider}: ${initiative.hours} h, ${cost}${isLowCost(initiative) ? ' (low-cost format)' : ''}.`
}

export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en', {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    }).format(amount)
  } catch {
    return `${Math.round(amount)} ${currency}`
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
