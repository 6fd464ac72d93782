import type { Aspiration, Assessment } from '../../model'
import { indexCurrentLevels, isCountedSource, isLaterAssessment } from './current-levels'
import { resolveRequirements } from './required-levels'
import { selectMatrixPeople, selectMatrixSkills } from './selection'
import { computeGap, summarizeRow, summarizeSkill } from './summaries'
import {
  defaultMatrixSource,
  defaultSystemicGapThreshold,
  type CurrentLevel,
  type MatrixCell,
  type MatrixColumn,
  type MatrixRow,
  type MatrixUpdate,
  type SkillMatrix,
  type SkillMatrixInput,
  type SkillMatrixSettings,
} from './types'

/** What getCell returns for a person-skill with no requirement, assessment or aspiration. */
export const emptyMatrixCell: MatrixCell = Object.freeze({
  current: null,
  required: null,
  gap: 0,
  interest: null,
  assessedOn: null,
  source: null,
  assessmentId: null,
})

type MatrixParts = Omit<SkillMatrix, 'getCell'>

/**
 * The people x skills model for a grid: every cell, row totals and column summaries computed once.
 * Which people and skills it covers (team, role, category, critical only, demand sources, who
 * left) is fixed here; sorting and "only with gaps" are views on it (see matrix-view.ts).
 * Row totals count only the model's skills.
 */
export function buildSkillMatrix(input: SkillMatrixInput): SkillMatrix {
  const filter = input.filter ?? {}
  const settings: SkillMatrixSettings = {
    matrixSource: input.settings?.matrixSource ?? defaultMatrixSource,
    systemicGapThreshold: input.settings?.systemicGapThreshold ?? defaultSystemicGapThreshold,
    demandSources: filter.demandSources && filter.demandSources.length > 0 ? filter.demandSources : null,
    asOf: input.asOf ?? null,
  }
  const people = selectMatrixPeople(input.people, filter)
  const skills = selectMatrixSkills(input.skills, filter)
  const personIds = new Set(people.map((person) => person.id))
  const skillIds = new Set(skills.map((skill) => skill.id))
  const requirements = resolveRequirements(people, input, settings.demandSources)
  const levels = indexCurrentLevels(input.assessments, settings.matrixSource, {
    asOf: settings.asOf,
    personIds,
    skillIds,
  })
  const interests = indexInterests(input.aspirations ?? [], personIds, skillIds)

  const rows = new Map<string, MatrixRow>()
  for (const person of people) {
    const required = requirements.get(person.id)
    const assessed = levels.get(person.id)
    const wished = interests.get(person.id)
    const cells = new Map<string, MatrixCell>()
    for (const skill of skills) {
      const requiredLevel = required?.get(skill.id)?.requiredLevel ?? null
      const current = assessed?.get(skill.id) ?? null
      const interest = wished?.get(skill.id)?.interest ?? null
      if (requiredLevel === null && current === null && interest === null) continue
      cells.set(skill.id, createCell(requiredLevel, current, interest))
    }
    rows.set(person.id, summarizeRow(person, cells))
  }
  const columns = new Map<string, MatrixColumn>()
  for (const skill of skills) {
    columns.set(skill.id, summarizeSkill(skill, rows.values(), settings.systemicGapThreshold))
  }
  return createMatrix({
    people: new Map(people.map((person) => [person.id, person])),
    skills: new Map(skills.map((skill) => [skill.id, skill])),
    rows,
    columns,
    requirements,
    settings,
  })
}

/**
 * Applies one new assessment without rebuilding: recomputes that cell, its row (one pass over
 * the row's cells) and its column (one pass over the rows). The input model is not changed.
 *
 * Contract for a UI: when `isChanged` is false the same model comes back and nothing needs
 * drawing. Otherwise only `cell`, `row` (its total) and `column` (its footer) changed; every
 * other row and column object in the new model is the very object from the old one, so
 * identity checks (React.memo) skip them.
 *
 * An assessment that is not the newest for its cell (earlier date, or same date and smaller
 * id), from a source the matrix does not count, dated after `asOf`, or for a person or skill
 * outside the model changes nothing. An edit of the shown assessment (same id) replaces it.
 * Deleting an assessment, or moving the shown one to an earlier date, needs a rebuild: the
 * model keeps only the latest assessment per cell, not the history.
 */
export function withAssessment(model: SkillMatrix, assessment: Assessment): MatrixUpdate {
  const { personId, skillId } = assessment
  const row = model.rows.get(personId)
  const person = model.people.get(personId)
  const skill = model.skills.get(skillId)
  const previous = model.getCell(personId, skillId)
  const unchanged: MatrixUpdate = {
    model,
    isChanged: false,
    cell: previous,
    row: null,
    column: null,
  }
  if (row === undefined || person === undefined || skill === undefined) return unchanged
  const { asOf, matrixSource, systemicGapThreshold } = model.settings
  if (!isCountedSource(matrixSource, assessment.source)) return unchanged
  if (asOf !== null && assessment.date > asOf) return unchanged
  const shown = toShownLevel(previous)
  const isEdit = shown !== null && shown.assessmentId === assessment.id
  if (shown !== null && !isEdit && !isLaterAssessment(assessment, shown)) return unchanged

  const cell = createCell(
    previous.required,
    {
      level: assessment.level,
      date: assessment.date,
      source: assessment.source,
      assessmentId: assessment.id,
    },
    previous.interest,
  )
  const cells = new Map(row.cells).set(skillId, cell)
  const nextRow = summarizeRow(person, cells)
  const rows = new Map(model.rows).set(personId, nextRow)
  const column = summarizeSkill(skill, rows.values(), systemicGapThreshold)
  const columns = new Map(model.columns).set(skillId, column)
  const next = createMatrix({ ...model, rows, columns })
  return { model: next, isChanged: true, cell, row: nextRow, column }
}

function createMatrix(parts: MatrixParts): SkillMatrix {
  const { rows } = parts
  return {
    people: parts.people,
    skills: parts.skills,
    rows,
    columns: parts.columns,
    requirements: parts.requirements,
    settings: parts.settings,
    getCell: (personId, skillId) => rows.get(personId)?.cells.get(skillId) ?? emptyMatrixCell,
  }
}

function createCell(
  required: number | null,
  current: CurrentLevel | null,
  interest: number | null,
): MatrixCell {
  return {
    current: current?.level ?? null,
    required,
    gap: computeGap(required, current?.level ?? null),
    interest,
    assessedOn: current?.date ?? null,
    source: current?.source ?? null,
    assessmentId: current?.assessmentId ?? null,
  }
}

function toShownLevel(cell: MatrixCell): CurrentLevel | null {
  if (cell.current === null || cell.assessedOn === null || cell.source === null) return null
  if (cell.assessmentId === null) return null
  return {
    level: cell.current,
    date: cell.assessedOn,
    source: cell.source,
    assessmentId: cell.assessmentId,
  }
}

/** The latest aspiration per person and skill (latest `updatedAt`, then greater id). */
function indexInterests(
  aspirations: readonly Aspiration[],
  personIds: ReadonlySet<string>,
  skillIds: ReadonlySet<string>,
): Map<string, Map<string, Aspiration>> {
  const index = new Map<string, Map<string, Aspiration>>()
  for (const aspiration of aspirations) {
    if (!personIds.has(aspiration.personId) || !skillIds.has(aspiration.skillId)) continue
    let bySkill = index.get(aspiration.personId)
    if (bySkill === undefined) {
      bySkill = new Map()
      index.set(aspiration.personId, bySkill)
    }
    const shown = bySkill.get(aspiration.skillId)
    const isLater =
      shown === undefined ||
      aspiration.updatedAt > shown.updatedAt ||
      (aspiration.updatedAt === shown.updatedAt && aspiration.id > shown.id)
    if (isLater) bySkill.set(aspiration.skillId, aspiration)
  }
  return index
}
