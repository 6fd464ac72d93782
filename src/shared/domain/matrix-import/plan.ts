import type { Assessment, Person, Skill, SkillCategory } from '../../model'
import { indexPeople, matchRowToPerson, type PeopleIndex } from '../roster-import/person-index'
import { findCurrentLevel, indexLatestLevels } from '../skills/current-levels'
import type { LevelIndex } from '../skills/types'
import { importedCategoryName, newCategoryKey } from './columns'
import { createLevelReader } from './levels'
import {
  createEmptyRequirementPlan,
  planRoleRequirements,
  readRequiredFile,
  readRequiredRow,
} from './required'
import { describePersonValues, readMatrixRows, type MatrixRowReading } from './rows'
import { cleanCell } from './text'
import type {
  MatrixImportPlan,
  MatrixProblem,
  MatrixRowPreview,
  PlanMatrixImportInput,
  RequiredLevels,
} from './types'

/** The Id schema's limit. */
const maxIdLength = 128

/**
 * Works out what importing a wide matrix would do, without doing it: the skills to create, and a
 * new assessment for each cell whose level differs from the person's current level for the chosen
 * source. A cell at that level writes nothing, so a file exported from Trellis imports back as
 * "unchanged". Rows are matched to people as the roster import does; people are never created.
 */
export function planMatrixImport(input: PlanMatrixImportInput): MatrixImportPlan {
  const readLevel = createLevelReader(input.scale)
  const { newCategories, newSkills, skillIdByColumn } = planNewSkills(input)
  const skillNames = new Map(
    [...input.skills, ...newSkills].map((skill) => [skill.id, skill.name] as const),
  )
  const { rows, requiredRow } = readMatrixRows(input.csv, input.columns, readLevel)
  const context: RowContext = {
    input,
    index: indexPeople(input.people),
    levels: indexLatestLevels(input.assessments, { sources: [input.source] }),
    skillIdByColumn,
    skillNames,
    rowByPersonId: new Map(),
    matchedPeople: [],
    blankCount: 0,
    assessments: [],
    problems: [],
    unknownPeople: [],
  }
  const previews = rows.map((reading) => planRow(context, reading))

  let requiredLevels: RequiredLevels | null = null
  if (input.requiredFile) {
    requiredLevels = readRequiredFile(input.requiredFile, input.columns, input.skills, readLevel)
    context.problems.push(...requiredLevels.problems)
  } else if (requiredRow) {
    requiredLevels = readRequiredRow(requiredRow)
  }
  const levelsBySkill = new Map<string, number>()
  for (const { target, level } of requiredLevels?.levels ?? []) {
    const skillId = target.kind === 'skill' ? target.skillId : skillIdByColumn.get(target.column)
    if (skillId !== undefined) levelsBySkill.set(skillId, level)
  }
  const requirementsIfApplied =
    levelsBySkill.size > 0
      ? planRoleRequirements({
          levels: levelsBySkill,
          people: context.matchedPeople,
          roleRequirements: input.roleRequirements,
          createId: input.createId,
        })
      : createEmptyRequirementPlan()

  const problems = context.problems.sort(
    (a, b) =>
      Number(a.fileName !== undefined) - Number(b.fileName !== undefined) ||
      a.row - b.row ||
      (a.column ?? 0) - (b.column ?? 0),
  )
  const count = (pick: (row: MatrixRowPreview) => number): number =>
    previews.reduce((sum, row) => sum + pick(row), 0)
  return {
    newCategories,
    newSkills,
    assessments: context.assessments,
    requiredLevels,
    requirements:
      input.requiredUse === 'roles' ? requirementsIfApplied : createEmptyRequirementPlan(),
    requirementsIfApplied,
    unknownPeople: context.unknownPeople,
    problems,
    rows: previews,
    counts: {
      newAssessments: context.assessments.length,
      unchanged: count((row) => row.unchangedCount),
      blank: context.blankCount,
      matchedPeople: context.matchedPeople.length,
      unknownPeople: context.unknownPeople.length,
      skippedRows: count((row) => (row.outcome === 'skipped' ? 1 : 0)),
      problems: problems.length,
    },
  }
}

interface RowContext {
  input: PlanMatrixImportInput
  index: PeopleIndex
  /** The latest level per person and skill from the chosen source. */
  levels: LevelIndex
  skillIdByColumn: ReadonlyMap<number, string>
  skillNames: ReadonlyMap<string, string>
  rowByPersonId: Map<string, number>
  matchedPeople: Person[]
  /** Blank cells of matched people's rows. */
  blankCount: number
  assessments: Assessment[]
  problems: MatrixProblem[]
  unknownPeople: MatrixImportPlan['unknownPeople']
}

function planRow(context: RowContext, reading: MatrixRowReading): MatrixRowPreview {
  const { row, values } = reading
  const { input, problems } = context
  problems.push(...reading.problems)
  const preview = (outcome: MatrixRowPreview['outcome'], label: string): MatrixRowPreview => ({
    row,
    outcome,
    label,
    newCount: 0,
    unchangedCount: 0,
  })
  const skip = (label: string, message: string): MatrixRowPreview => {
    problems.push({ row, column: null, severity: 'error', message: `${message} Row left out.` })
    return preview('skipped', label)
  }
  if (reading.kind === 'required') return preview('required', 'Required levels')
  const label = describePersonValues(values)
  if (label === '') return skip('', 'says nothing about who it is: no Employee ID, email or name.')
  const match = matchRowToPerson(values, context.index)
  if (match.kind === 'conflict') return skip(label, match.text)
  if (match.kind === 'none') {
    context.unknownPeople.push({ row, label })
    return preview('unknown', label)
  }
  const { person } = match
  const firstRow = context.rowByPersonId.get(person.id)
  if (firstRow !== undefined) {
    return skip(person.displayName, `is ${person.displayName} again, as row ${firstRow} is.`)
  }
  context.rowByPersonId.set(person.id, row)
  context.matchedPeople.push(person)
  context.blankCount += reading.blankCount
  const warn = (message: string, column: number | null = null): void => {
    problems.push({ row, column, severity: 'warning', message })
  }
  if (match.warning !== undefined) {
    warn(
      `matched ${person.displayName} by name, but the email '${values.email ?? ''}' is not theirs ('${person.email}'). Check the row is about them.`,
    )
  }
  if (person.status === 'left') {
    warn(`${person.displayName} has left; their levels are imported all the same.`)
  }
  const result = preview('unchanged', person.displayName)
  for (const [column, level] of reading.levels) {
    const skillId = context.skillIdByColumn.get(column)
    if (skillId === undefined) continue
    const current = findCurrentLevel(context.levels, person.id, skillId)
    if (current !== null && current.level === level) {
      result.unchangedCount++
      continue
    }
    if (current !== null && current.date > input.date) {
      const skillName = context.skillNames.get(skillId) ?? ''
      warn(
        `${person.displayName} has a later ${input.source} assessment of ${skillName} (${current.date}): level ${level} is kept as history and the matrix still shows ${current.level}.`,
        column + 1,
      )
    }
    const id =
      current !== null && current.date === input.date
        ? createIdAfter(current.assessmentId, input.createId())
        : input.createId()
    context.assessments.push({
      id,
      personId: person.id,
      skillId,
      level,
      date: input.date,
      source: input.source,
      assessorId: null,
      note: input.note,
    })
    result.newCount++
  }
  return { ...result, outcome: result.newCount > 0 ? 'import' : 'unchanged' }
}

/**
 * An id that sorts after `existing`. On one date the greater id is the current level
 * (isLaterAssessment), so an import on the day of an earlier assessment must win that tie.
 */
export function createIdAfter(existing: string, fresh: string): string {
  if (fresh > existing || existing.length >= maxIdLength) return fresh
  // A string sorts after every string it starts with.
  return `${existing}~`
}

/** The skills (and the category) to create, and the skill each skill column writes. */
function planNewSkills(input: PlanMatrixImportInput): {
  newCategories: SkillCategory[]
  newSkills: Skill[]
  skillIdByColumn: Map<number, string>
} {
  const newCategories: SkillCategory[] = []
  const newSkills: Skill[] = []
  const skillIdByColumn = new Map<number, string>()
  let importedCategoryId: string | null = null
  const resolveCategoryId = (categoryId: string): string => {
    if (categoryId !== newCategoryKey) return categoryId
    if (importedCategoryId !== null) return importedCategoryId
    const existing = input.categories.find(
      (category) => category.name.trim().toLowerCase() === importedCategoryName.toLowerCase(),
    )
    if (existing) return (importedCategoryId = existing.id)
    const order = Math.max(0, ...input.categories.map((category) => category.order)) + 1
    const category = { id: input.createId(), name: importedCategoryName, order }
    newCategories.push(category)
    return (importedCategoryId = category.id)
  }
  for (const { column, target } of input.columns) {
    if (target.kind === 'skill') skillIdByColumn.set(column, target.skillId)
    if (target.kind !== 'new-skill') continue
    const categoryId = resolveCategoryId(target.categoryId)
    const skill: Skill = {
      id: input.createId(),
      name: cleanCell(target.name),
      categoryId,
      description: '',
      tags: [],
      isCritical: false,
      minExperts: 1,
      levelDescriptors: {},
    }
    newSkills.push(skill)
    skillIdByColumn.set(column, skill.id)
  }
  return { newCategories, newSkills, skillIdByColumn }
}
