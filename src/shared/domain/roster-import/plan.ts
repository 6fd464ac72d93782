import type { LeaverRecord, Person } from '../../model'
import { applyRowToPerson, createPersonFromRow, listChangedFields } from './apply'
import { reservedCustomFieldNames } from './mapping'
import { indexPeople, matchRowToPerson } from './person-index'
import { assignManagers, type PlannedRow, type ReportProblem } from './plan-managers'
import { finishLeavers, planLeaver, planPastReview } from './plan-history'
import { createRowProblem } from './problems'
import { createTeamResolver } from './teams'
import { toMatchKey } from './text'
import type {
  ColumnMapping,
  PlanRosterImportInput,
  RosterField,
  RosterImportPlan,
  RosterRow,
  RowOutcome,
  RowProblem,
} from './types'

/**
 * Works out what importing the rows would do, without doing it: who is created, updated or left
 * alone, which teams are added and which manager lines cannot be drawn. Nothing passed in is
 * changed; the caller saves `creates`, `updates[].after` and `newTeams` in one transaction.
 */
export function planRosterImport(input: PlanRosterImportInput): RosterImportPlan {
  const problems: RowProblem[] = []
  const reportProblem = createProblemReporter(input.mappings ?? [], problems)
  const skipped: RosterImportPlan['skipped'] = []
  const index = indexPeople(input.people)
  const teams = createTeamResolver(input.teams, input.createId)
  const rowByPersonId = new Map<string, number>()
  const roleByName = new Map((input.roles ?? []).map((role) => [toMatchKey(role.name), role.id]))
  const planned: PlannedRow[] = []
  const leavers: LeaverRecord[] = []
  let undecidedLeavers = 0
  const storedLeavers = groupLeavers(input.leavers ?? [])
  const now = input.now ?? `${input.today}T00:00:00.000Z`
  for (const row of input.rows) {
    if (input.excludedRows.has(row.row)) {
      skipped.push({ row: row.row, reason: 'Left out of the import.' })
      continue
    }
    const errors = row.problems.filter((problem) => problem.severity === 'error')
    if (errors.length > 0) {
      skipped.push({ row: row.row, reason: errors.map((problem) => problem.message).join(' ') })
      continue
    }
    const match = matchRowToPerson(row.values, index)
    const before = match.kind === 'match' ? match.person : null
    const firstRow = before === null ? undefined : rowByPersonId.get(before.id)
    if (match.kind === 'conflict' || (before !== null && firstRow !== undefined)) {
      const problem =
        match.kind === 'conflict'
          ? reportProblem(row.row, match.field, 'error', match.text)
          : reportProblem(
              row.row,
              null,
              'error',
              `describes ${before?.displayName ?? ''}, as row ${firstRow ?? ''} does; only row ${firstRow ?? ''} is imported.`,
            )
      skipped.push({ row: row.row, reason: problem.message })
      continue
    }
    if (before !== null) rowByPersonId.set(before.id, row.row)
    if (match.kind === 'match' && match.warning !== undefined) {
      reportProblem(row.row, match.warning.field, 'warning', match.warning.text)
    }
    const teamId = row.values.team === undefined ? undefined : teams.resolveTeamId(row.values.team)
    const after =
      before === null
        ? createPersonFromRow(row, input.createId(), teamId ?? null, input.today)
        : applyRowToPerson(before, row, teamId, input.today)
    const roleId =
      row.values.title === undefined ? undefined : roleByName.get(toMatchKey(row.values.title))
    if (roleId !== undefined) after.roleId = roleId
    const leavingProblem = findLeavingProblem(row.values, after)
    if (leavingProblem !== null) {
      const problem = reportProblem(row.row, 'leftDate', 'error', leavingProblem)
      skipped.push({ row: row.row, reason: problem.message })
      continue
    }
    if (row.values.leftDate !== undefined && after.status === 'active') {
      const text = `the leaving date ${row.values.leftDate} was left out: the status says they are on staff.`
      reportProblem(row.row, 'leftDate', 'warning', text)
    }
    const entry = { row, before, after }
    planned.push(entry)
    const leaver = planLeaver(entry, storedLeavers, { now, createId: input.createId })
    if (leaver !== null) leavers.push(leaver)
    if (leaver !== null && row.values.isVoluntary === undefined) undecidedLeavers += 1
    for (const name of reservedCustomFieldNames) {
      if (Object.hasOwn(row.customFields, name)) {
        const text = `the custom field '${name}' cannot be stored; it was left out.`
        reportProblem(row.row, null, 'warning', text)
      }
    }
    const { hireDate } = row.values
    if (hireDate !== undefined && hireDate > input.today) {
      reportProblem(row.row, 'hireDate', 'warning', `the hire date ${hireDate} is in the future.`)
    }
  }
  const unresolvedManagers = assignManagers(planned, index, input.people, reportProblem)
  const pastReview = planPastReview(planned, {
    pastReview: input.pastReview,
    cycles: input.cycles ?? [],
    reviews: input.reviews ?? [],
    createId: input.createId,
  })
  problems.sort((a, b) => a.row - b.row)
  return {
    leavers: finishLeavers(leavers, planned),
    undecidedLeavers,
    pastReview,
    ...sortOutcomes(
      planned,
      input.rows.map((row) => row.row),
    ),
    skipped,
    newTeams: teams.listNewTeams(),
    unresolvedManagers,
    problems,
  }
}

function groupLeavers(leavers: readonly LeaverRecord[]): Map<string, LeaverRecord[]> {
  const byPerson = new Map<string, LeaverRecord[]>()
  for (const leaver of leavers) {
    byPerson.set(leaver.personId, [...(byPerson.get(leaver.personId) ?? []), leaver])
  }
  return byPerson
}

/** Why a row's leaving cannot be recorded (a last day before the hire), or null. */
function findLeavingProblem(values: RosterRow['values'], after: Person): string | null {
  if (values.leftDate === undefined) return null
  if (after.status !== 'left') return null
  if (after.hireDate !== null && values.leftDate < after.hireDate) {
    return `the leaving date ${values.leftDate} is before the hire date ${after.hireDate}: correct one of them in the file, or leave the row out.`
  }
  return null
}

/** Problems name their column when the mapping is known. */
function createProblemReporter(
  mappings: readonly ColumnMapping[],
  problems: RowProblem[],
): ReportProblem {
  const columns = new Map<RosterField, ColumnMapping>()
  for (const mapping of mappings) {
    const { target } = mapping
    if (target !== 'custom' && target !== 'ignore' && !columns.has(target)) {
      columns.set(target, mapping)
    }
  }
  return (row, field, severity, text) => {
    const mapping = field === null ? undefined : columns.get(field)
    const problem = createRowProblem(row, field, mapping, severity, text)
    problems.push(problem)
    return problem
  }
}

/** Splits the planned rows into creates, updates and unchanged; every other row was skipped. */
function sortOutcomes(
  planned: readonly PlannedRow[],
  rowNumbers: readonly number[],
): Pick<RosterImportPlan, 'creates' | 'updates' | 'unchanged' | 'counts' | 'rowOutcomes'> {
  const creates: Person[] = []
  const updates: RosterImportPlan['updates'] = []
  const unchanged: Person[] = []
  const outcomeByRow = new Map<number, RowOutcome>()
  for (const { row, before, after } of planned) {
    if (before === null) {
      creates.push(after)
      outcomeByRow.set(row.row, 'create')
      continue
    }
    const changedFields = listChangedFields(before, after)
    if (changedFields.length > 0) updates.push({ before, after, changedFields })
    else unchanged.push(before)
    outcomeByRow.set(row.row, changedFields.length > 0 ? 'update' : 'unchanged')
  }
  const rowOutcomes = new Map<number, RowOutcome>()
  for (const row of rowNumbers) rowOutcomes.set(row, outcomeByRow.get(row) ?? 'skipped')
  return {
    creates,
    updates,
    unchanged,
    counts: {
      create: creates.length,
      update: updates.length,
      unchanged: unchanged.length,
      skipped: rowNumbers.length - planned.length,
    },
    rowOutcomes,
  }
}
