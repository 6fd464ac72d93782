import type { ScaleLevel } from '../../model'

/** What the skill, role, category, merge and scale forms check before saving. */

export type Problem<Field extends string> = { field: Field; text: string } | null

/** Splits a comma-separated tag input into tags. */
export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean)
}

/** The skill form's draft as typed: tags as one comma-separated line, the expert count as text. */
export interface SkillFormText {
  name: string
  minExperts: string
  tags: string
}

/** The first problem in form order: the name, the minimum number of experts, then the tags. */
export function findSkillProblem(draft: SkillFormText): Problem<'name' | 'minExperts' | 'tags'> {
  if (!draft.name.trim()) return { field: 'name', text: 'Give the skill a name.' }
  if (!/^\d+$/.test(draft.minExperts.trim())) {
    return {
      field: 'minExperts',
      text: 'The minimum number of experts is a whole number, 0 or more.',
    }
  }
  const longTag = parseTags(draft.tags).find((tag) => tag.length > 60)
  if (longTag) return { field: 'tags', text: `The tag “${longTag}” is longer than 60 characters.` }
  return null
}

export function findRoleProblem(draft: { name: string }): Problem<'name'> {
  return draft.name.trim() ? null : { field: 'name', text: 'Give the role a name.' }
}

export function findCategoryProblem(draft: { name: string }): Problem<'name'> {
  return draft.name.trim() ? null : { field: 'name', text: 'Give the category a name.' }
}

export function findMergeProblem(draft: {
  keptId: string
  duplicateId: string
}): Problem<'keptId' | 'duplicateId'> {
  if (!draft.keptId) return { field: 'keptId', text: 'Choose the skill to keep.' }
  if (!draft.duplicateId) {
    return { field: 'duplicateId', text: 'Choose the duplicate to merge into it.' }
  }
  if (draft.keptId === draft.duplicateId) {
    return { field: 'duplicateId', text: 'Choose two different skills.' }
  }
  return null
}

/** Every level's label problem at once, by level: a scale is fixed as a whole, not one at a time. */
export function findScaleLabelProblems(
  levels: ReadonlyArray<Pick<ScaleLevel, 'level' | 'label'>>,
): Map<number, string> {
  const problems = new Map<number, string>()
  const fold = (label: string) => label.trim().toLocaleLowerCase()
  for (const level of levels) {
    const twin = levels.find((o) => o.level !== level.level && fold(o.label) === fold(level.label))
    if (!fold(level.label)) problems.set(level.level, 'Give this level a label.')
    else if (twin) {
      problems.set(level.level, `Level ${twin.level} is also called “${twin.label.trim()}”.`)
    }
  }
  return problems
}
