import type { Skill, SkillCategory } from '../../model'
import { findFieldForHeader } from '../roster-import/fields'
import { cleanCell, toSkillKey } from './text'
import type { MatrixColumn, MatrixColumnConflict, MatrixColumnTarget, PersonField } from './types'

/** The `categoryId` of a new skill that goes into the category the import itself adds. */
export const newCategoryKey = 'new-category'
export const importedCategoryName = 'Imported skills'
/** The Skill schema's limit. */
export const maxSkillNameLength = 160

const personFields: ReadonlySet<string> = new Set<PersonField>([
  'externalId',
  'fullName',
  'givenName',
  'familyName',
  'email',
])

function isPersonField(field: string): field is PersonField {
  return personFields.has(field)
}

export type SkillLookup =
  { kind: 'found'; skill: Skill } | { kind: 'none' } | { kind: 'ambiguous'; skills: Skill[] }

/**
 * Finds a skill by name: the exact name (case aside) first, then the name with spaces and
 * punctuation ignored; two skills that differ only in punctuation are ambiguous there.
 */
export function createSkillFinder(skills: readonly Skill[]): (name: string) => SkillLookup {
  const byName = new Map<string, Skill>()
  const byKey = new Map<string, Skill[]>()
  for (const skill of skills) {
    byName.set(skill.name.trim().toLowerCase(), skill)
    const key = toSkillKey(skill.name)
    byKey.set(key, [...(byKey.get(key) ?? []), skill])
  }
  return (name) => {
    const exact = byName.get(cleanCell(name).toLowerCase())
    if (exact) return { kind: 'found', skill: exact }
    const found = byKey.get(toSkillKey(name)) ?? []
    if (found.length > 1) return { kind: 'ambiguous', skills: found }
    return found[0] ? { kind: 'found', skill: found[0] } : { kind: 'none' }
  }
}

/** Where new skills go unless the user picks another category: the first one, or a new one. */
export function findDefaultCategoryId(categories: readonly SkillCategory[]): string {
  const [first] = [...categories].sort((a, b) => a.order - b.order)
  return first?.id ?? newCategoryKey
}

/**
 * Reads each header: Employee ID, email and name columns (the roster import's synonyms) say who
 * a row is; a header naming an existing skill maps to it; other roster columns (team, title...)
 * are person details and ignored; every other header is offered as a new skill.
 */
export function suggestMatrixColumns(
  headers: readonly string[],
  skills: readonly Skill[],
  categories: readonly SkillCategory[],
): MatrixColumn[] {
  const findSkill = createSkillFinder(skills)
  const categoryId = findDefaultCategoryId(categories)
  const takenFields = new Set<PersonField>()
  const takenSkills = new Set<string>()
  const columns = headers.map((header, column): MatrixColumn => {
    const name = cleanCell(header)
    const ignore = (reason: MatrixColumn['ignoreReason']): MatrixColumn => ({
      column,
      header,
      target: { kind: 'ignore' },
      ignoreReason: reason,
    })
    if (name === '') return ignore('no-header')
    const field = findFieldForHeader(name)
    if (field !== null && isPersonField(field)) {
      if (takenFields.has(field)) return ignore('duplicate')
      takenFields.add(field)
      return { column, header, target: { kind: 'person', field } }
    }
    const found = findSkill(name)
    if (found.kind === 'ambiguous') return ignore('ambiguous')
    const target: MatrixColumnTarget | null =
      found.kind === 'found'
        ? { kind: 'skill', skillId: found.skill.id }
        : field !== null
          ? null
          : { kind: 'new-skill', name: name.slice(0, maxSkillNameLength), categoryId }
    if (target === null) return ignore('person-detail')
    const key = target.kind === 'skill' ? target.skillId : `new:${toSkillKey(name)}`
    if (takenSkills.has(key)) return ignore('duplicate')
    takenSkills.add(key)
    return { column, header, target }
  })
  // A sheet with names down its first column often leaves that column's header blank.
  const first = columns[0]
  if (takenFields.size === 0 && first?.ignoreReason === 'no-header') {
    columns[0] = { column: 0, header: first.header, target: { kind: 'person', field: 'fullName' } }
  }
  return columns
}

/** The key two columns collide on: a field, a skill, or a new skill's name. */
function toTargetKey(target: MatrixColumnTarget): string | null {
  if (target.kind === 'person') return `person:${target.field}`
  if (target.kind === 'skill') return `skill:${target.skillId}`
  if (target.kind === 'new-skill') return `new:${toSkillKey(target.name)}`
  return null
}

/** Columns that would write the same thing, and new skills that cannot be created as named. */
export function findMatrixColumnConflicts(
  columns: readonly MatrixColumn[],
  skills: readonly Skill[],
): MatrixColumnConflict[] {
  const findSkill = createSkillFinder(skills)
  const conflicts: MatrixColumnConflict[] = []
  const groups = new Map<string, MatrixColumn[]>()
  for (const column of columns) {
    const key = toTargetKey(column.target)
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), column])
    const { target } = column
    if (target.kind !== 'new-skill') continue
    const name = cleanCell(target.name)
    const existing = findSkill(name)
    if (name === '' || toSkillKey(name) === '') {
      conflicts.push({
        columns: [column.column],
        message: `${describeColumn(column)} needs a skill name: choose an existing skill or ignore it.`,
      })
    } else if (name.length > maxSkillNameLength) {
      conflicts.push({
        columns: [column.column],
        message: `${describeColumn(column)}: a skill name has at most ${maxSkillNameLength} characters.`,
      })
    } else if (existing.kind !== 'none') {
      const skill = existing.kind === 'found' ? existing.skill : existing.skills[0]
      conflicts.push({
        columns: [column.column],
        message: `${describeColumn(column)}: there is already a skill called '${skill?.name ?? name}'; map the column to it.`,
      })
    }
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue
    conflicts.push({
      columns: group.map((column) => column.column),
      message: `${group.map(describeColumn).join(' and ')} would write the same thing: ignore all but one.`,
    })
  }
  return conflicts.sort((a, b) => (a.columns[0] ?? 0) - (b.columns[0] ?? 0))
}

/** What the mapping lacks for any cell to be imported; empty when it is usable. */
export function findMatrixColumnGaps(columns: readonly MatrixColumn[]): string[] {
  const kinds = new Set(columns.map((column) => column.target.kind))
  const gaps: string[] = []
  if (!kinds.has('person')) {
    gaps.push(
      'No column says who each row is: map a column to Employee ID, Email or Name (the people come from the team import).',
    )
  }
  if (!kinds.has('skill') && !kinds.has('new-skill')) {
    gaps.push('No column is a skill: map at least one column to a skill.')
  }
  return gaps
}

export function describeColumn(column: Pick<MatrixColumn, 'column' | 'header'>): string {
  const name = cleanCell(column.header)
  return name === '' ? `Column ${column.column + 1}` : `'${name}' (column ${column.column + 1})`
}
