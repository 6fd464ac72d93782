import type { Person, RoleRequirement, Skill } from '../../model'
import type { ParsedCsv } from '../csv/types'
import { findFieldForHeader } from '../roster-import/fields'
import { createSkillFinder } from './columns'
import { firstDataRow, type MatrixRowReading } from './rows'
import { cleanCell, isRequiredLabel, toSkillKey } from './text'
import type {
  LevelReading,
  MatrixColumn,
  MatrixProblem,
  RequiredLevel,
  RequiredLevels,
  RequirementPlan,
} from './types'

/*
 * Required levels, from a Required row or a second file, say what the file expects of everyone
 * in it. Trellis keeps required levels on roles (and on people only as deliberate exceptions), so
 * when the user asks, they are applied to the roles of the people matched in the file. A role
 * covers people outside the file too, so a required level only ever creates or raises a role's
 * requirement, never lowers it.
 */

/** The Required row's levels, by column. */
export function readRequiredRow(reading: MatrixRowReading): RequiredLevels {
  const levels: RequiredLevel[] = [...reading.levels].map(([column, level]) => ({
    target: { kind: 'column', column },
    level,
  }))
  return { origin: 'row', where: `row ${reading.row}`, levels, problems: reading.problems }
}

const skillHeaderKeys: ReadonlySet<string> = new Set(['skill', 'skillname', 'skills'])
const levelHeaderKeys: ReadonlySet<string> = new Set(['level', 'requiredlevel', 'levelrequired'])

/**
 * Reads a second file of required levels, in either shape: long (a Skill column and a Required
 * level column, one skill per row), or wide like the matrix (skills across, with a Required row,
 * or a single row). A skill is found among the matrix file's skill columns first, so the mapping
 * the user chose applies, then among the workspace's skills.
 */
export function readRequiredFile(
  file: Pick<ParsedCsv, 'fileName' | 'headers' | 'rows'>,
  columns: readonly MatrixColumn[],
  skills: readonly Skill[],
  readLevel: (text: string) => LevelReading,
): RequiredLevels {
  const problems: MatrixProblem[] = []
  const report = (row: number, column: number | null, message: string): void => {
    problems.push({ row, column, severity: 'warning', message, fileName: file.fileName })
  }
  const resolveSkill = createRequiredSkillResolver(columns, skills)
  const levels: RequiredLevel[] = []
  /** Columns are 0-based: the skill's name may stand in another column than its level. */
  const add = (name: string, text: string, row: number, columns: [number, number]): void => {
    const [nameColumn, levelColumn] = columns
    const level = readLevel(text)
    if (level.kind === 'blank') return
    if (level.kind === 'invalid') return report(row, levelColumn + 1, `${level.message} Left out.`)
    const target = resolveSkill(name)
    if (target === null) {
      return report(
        row,
        nameColumn + 1,
        `'${cleanCell(name)}' is neither a skill column of the matrix file nor a skill in Trellis. Left out.`,
      )
    }
    levels.push({ target, level: level.level })
  }

  const skillColumn = file.headers.findIndex((header) => skillHeaderKeys.has(toSkillKey(header)))
  const levelColumn = file.headers.findIndex(
    (header) => levelHeaderKeys.has(toSkillKey(header)) || isRequiredLabel(header),
  )
  if (skillColumn >= 0 && levelColumn >= 0) {
    file.rows.forEach((cells, index) => {
      const name = cells[skillColumn] ?? ''
      if (cleanCell(name) === '') return
      add(name, cells[levelColumn] ?? '', index + firstDataRow, [skillColumn, levelColumn])
    })
    return { origin: 'file', where: file.fileName, levels, problems }
  }

  const requiredIndex = file.rows.findIndex((cells) => {
    const first = cells.find((cell) => cleanCell(cell) !== '')
    return first !== undefined && isRequiredLabel(first)
  })
  const index = requiredIndex >= 0 ? requiredIndex : file.rows.length === 1 ? 0 : -1
  const cells = file.rows[index]
  if (cells === undefined) {
    report(
      1,
      null,
      'has no row of required levels: start one row with "Required", or list the skills in a Skill column beside a Required level column.',
    )
    return { origin: 'file', where: file.fileName, levels, problems }
  }
  file.headers.forEach((header, column) => {
    const isLabelCell = isRequiredLabel(cells[column] ?? '')
    if (isLabelCell || cleanCell(header) === '' || findFieldForHeader(cleanCell(header)) !== null) {
      return
    }
    add(header, cells[column] ?? '', index + firstDataRow, [column, column])
  })
  return { origin: 'file', where: file.fileName, levels, problems }
}

function createRequiredSkillResolver(
  columns: readonly MatrixColumn[],
  skills: readonly Skill[],
): (name: string) => RequiredLevel['target'] | null {
  const columnByKey = new Map<string, number>()
  for (const { column, header, target } of columns) {
    const isSkill = target.kind === 'skill' || target.kind === 'new-skill'
    if (isSkill && !columnByKey.has(toSkillKey(header))) columnByKey.set(toSkillKey(header), column)
  }
  const findSkill = createSkillFinder(skills)
  return (name) => {
    const column = columnByKey.get(toSkillKey(name))
    if (column !== undefined) return { kind: 'column', column }
    const found = findSkill(name)
    return found.kind === 'found' ? { kind: 'skill', skillId: found.skill.id } : null
  }
}

/**
 * The role requirements that give the matched people's roles the required levels: created where
 * a role has none for the skill, raised where it asks less, kept where it asks as much or more.
 */
export function planRoleRequirements(input: {
  levels: ReadonlyMap<string, number>
  people: readonly Person[]
  roleRequirements: readonly RoleRequirement[]
  createId: () => string
}): RequirementPlan {
  const roleIds = [
    ...new Set(input.people.flatMap((person) => (person.roleId ? [person.roleId] : []))),
  ].sort()
  const existing = new Map(
    input.roleRequirements.map((record) => [`${record.roleId}|${record.skillId}`, record]),
  )
  const plan: RequirementPlan = {
    creates: [],
    raises: [],
    alreadyMet: [],
    peopleWithoutRole: input.people.filter((person) => !person.roleId),
    roleIds,
  }
  for (const roleId of roleIds) {
    for (const [skillId, requiredLevel] of input.levels) {
      const before = existing.get(`${roleId}|${skillId}`)
      if (before === undefined) {
        plan.creates.push({
          id: input.createId(),
          roleId,
          skillId,
          requiredLevel,
          demandSource: 'role',
          businessGoalId: null,
        })
      } else if (before.requiredLevel < requiredLevel) {
        plan.raises.push({ before, after: { ...before, requiredLevel } })
      } else {
        plan.alreadyMet.push(before)
      }
    }
  }
  return plan
}

export function createEmptyRequirementPlan(): RequirementPlan {
  return { creates: [], raises: [], alreadyMet: [], peopleWithoutRole: [], roleIds: [] }
}
