import type { ScaleLevel } from '../../model'

/** What the role, category, merge and scale forms check before saving. */

export type Problem<Field extends string> = { field: Field; text: string } | null

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
