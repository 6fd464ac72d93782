import type { Person } from '../../model'
import { resolveManager, settleManagerLines, type ManagerProposal } from './managers'
import { indexPeople, type PeopleIndex } from './person-index'
import { listRowNumbers } from './problems'
import type {
  RosterField,
  RosterImportPlan,
  RosterRow,
  RowProblem,
  UnresolvedManager,
} from './types'

/** A row that will write a person: new (before null) or matched to a stored one. */
export interface PlannedRow {
  row: RosterRow
  before: Person | null
  /** Created by the plan, so setting its manager changes nothing the caller passed in. */
  after: Person
}

export type ReportProblem = (
  row: number,
  field: RosterField | null,
  severity: RowProblem['severity'],
  text: string,
) => RowProblem

const keptAsItWas = 'the manager was left as it was.'

/**
 * Resolves every manager cell against the people as they will be after the import, and sets
 * managerId on the planned people. Returns the cells that named nobody (or several people).
 */
export function assignManagers(
  planned: readonly PlannedRow[],
  storedIndex: PeopleIndex,
  people: readonly Person[],
  reportProblem: ReportProblem,
): RosterImportPlan['unresolvedManagers'] {
  const withManager = planned.filter(
    (entry) =>
      entry.row.values.manager !== undefined || entry.row.values.managerExternalId !== undefined,
  )
  if (withManager.length === 0) return []
  const search = {
    inFile: indexPeople(planned.map((entry) => entry.after)),
    stored: storedIndex,
    fileIds: new Set(planned.map((entry) => entry.after.id)),
  }
  const unresolved = new Map<string, UnresolvedManager & { field: RosterField }>()
  const proposals: ManagerProposal[] = []
  const proposers: PlannedRow[] = []
  for (const entry of withManager) {
    const { row } = entry.row
    const { manager = '', managerExternalId } = entry.row.values
    const resolution = resolveManager(manager, search, managerExternalId)
    if (resolution.kind !== 'found') {
      const value = describeManagerCell(manager, managerExternalId)
      const key = `${resolution.kind}:${value.toLowerCase()}`
      const group = unresolved.get(key)
      if (group) group.rows.push(row)
      else {
        const field = manager === '' ? 'managerExternalId' : 'manager'
        unresolved.set(key, { value, rows: [row], reason: resolution.kind, field })
      }
    } else if (resolution.person.id === entry.after.id) {
      const text = `a person cannot be their own manager; ${keptAsItWas}`
      reportProblem(row, 'manager', 'warning', text)
    } else {
      proposals.push({
        personId: entry.after.id,
        managerId: resolution.person.id,
        previousManagerId: entry.after.managerId,
      })
      proposers.push(entry)
    }
  }
  // Once per manager, not once per row: a manager who left names dozens of rows.
  for (const { value, rows, reason, field } of unresolved.values()) {
    const why =
      reason === 'missing' ? 'matches nobody in the file or in Trellis' : 'matches several people'
    const where =
      rows.length === 1 ? keptAsItWas : `on ${listRowNumbers(rows)} the manager was left as it was.`
    reportProblem(rows[0] ?? 0, field, 'warning', `'${value}' ${why}; ${where}`)
  }
  const lines = new Map<string, string | null>()
  for (const person of people) lines.set(person.id, person.managerId)
  for (const entry of planned) lines.set(entry.after.id, entry.after.managerId)
  settleManagerLines(lines, proposals).forEach((outcome, position) => {
    const entry = proposers[position]
    if (entry === undefined) return
    if (outcome.kind !== 'set') {
      const named = entry.row.values.manager ?? `ID ${entry.row.values.managerExternalId ?? ''}`
      const loop = `${named} already reports to this person (directly or through others), so this line would make a loop`
      const consequence =
        outcome.kind === 'refused'
          ? keptAsItWas
          : 'the previous manager would make one too, so none is set.'
      reportProblem(entry.row.row, 'manager', 'warning', `${loop}; ${consequence}`)
    }
    entry.after.managerId = lines.get(entry.after.id) ?? null
  })
  return [...unresolved.values()].map(({ value, rows, reason }) => ({ value, rows, reason }))
}

/** "Janet King (ID 22)", "Janet King" or "ID 22": how the rows name the manager. */
function describeManagerCell(manager: string, managerId: string | undefined): string {
  if (managerId === undefined) return manager
  return manager === '' ? `ID ${managerId}` : `${manager} (ID ${managerId})`
}
