import { describe, expect, it } from 'vitest'
import { LeaverRecord, Person, Review } from '../../model'
import { defaultLeavingReasons } from '../../model/settings'
import { generateHrExport } from './hr-export-fixture'
import { suggestColumnMapping } from './mapping'
import { planRosterImport } from './plan'
import { buildRosterRows, detectFileDateOrder } from './rows'
import { createIdSequence, today } from './test-fixtures'
import type { ValueChoices } from './types'
import { findShiftedValues } from './shifted'
import { createValueReader, listValueColumns } from './value-mapping'

const scale = [0, 1, 2, 3, 4].map((level) => ({
  level,
  label: ['None', 'Aware', 'Working', 'Practitioner', 'Expert'][level]!,
  descriptor: '',
}))
const context = { scale, leavingReasons: [...defaultLeavingReasons] }
const pastReview = { name: 'FY2025 review', periodStart: '2025-01-01', periodEnd: '2025-12-31' }

function planFixture(choices: ValueChoices = {}) {
  const fixture = generateHrExport()
  const mappings = suggestColumnMapping(fixture.headers)
  const order = detectFileDateOrder(fixture, mappings)
  const rows = buildRosterRows(fixture, mappings, {
    dateOrder: order === 'month-first' || order === 'day-first' ? order : null,
    valueChoices: choices,
    valueContext: context,
  })
  const plan = planRosterImport({
    rows,
    excludedRows: new Set(),
    people: [],
    teams: [],
    today,
    createId: createIdSequence(),
    mappings,
    pastReview,
  })
  return { fixture, mappings, order, rows, plan }
}

describe('an HR system export: statuses, leavers, managers and scores in its own words', () => {
  it('maps every column it knows by its header, and reads the dates as month first', () => {
    const { mappings, order } = planFixture()
    expect(Object.fromEntries(mappings.map((m) => [m.header, m.target]))).toMatchObject({
      Employee_Name: 'fullName',
      EmpID: 'externalId',
      Position: 'title',
      DateofHire: 'hireDate',
      DateofTermination: 'leftDate',
      TermReason: 'leavingReason',
      EmploymentStatus: 'status',
      Department: 'team',
      ManagerName: 'manager',
      ManagerID: 'managerExternalId',
      RecruitmentSource: 'hireSource',
      PerformanceScore: 'performance',
      Sex: 'ignore',
      Salary: 'ignore',
    })
    expect(order).toBe('month-first')
  })

  it('lists each column’s distinct values with counts, suggesting all but the unknown word', () => {
    const { fixture, mappings } = planFixture()
    const columns = listValueColumns(fixture, mappings, context)
    const status = columns.find((column) => column.key === 'status')!
    const byText = Object.fromEntries(status.values.map((v) => [v.text, v]))
    expect(byText['Voluntarily Terminated']?.suggestion).toBe('left-voluntary')
    expect(byText['Terminated for Cause']?.suggestion).toBe('left-involuntary')
    expect(byText['Active']?.suggestion).toBe('active')
    expect(byText['Future Start']).toMatchObject({
      suggestion: null,
      count: fixture.expected.futureStartRows.length,
    })
    const score = columns.find((column) => column.key === 'performance')!
    // The shifted rows put a salary in the score column: each such value is there once, unmapped.
    const common = score.values.filter((v) => v.count > 1)
    expect(score.values.filter((v) => v.count === 1).every((v) => v.suggestion === null)).toBe(true)
    expect(Object.fromEntries(common.map((v) => [v.text, v.suggestion]))).toEqual({
      'Fully Meets': '2',
      Exceeds: '3',
      'Needs Improvement': '1',
      PIP: '0',
    })
    const reason = columns.find((column) => column.key === 'leavingReason')!
    expect(reason.values.find((v) => v.text === 'N/A-StillEmployed')?.suggestion).toBe('(blank)')
    expect(reason.values.find((v) => v.text === 'more money')?.suggestion).toBe('Pay and benefits')
    const sources = columns.find((column) => column.key === 'hireSource')!.values
    expect(sources.filter((v) => v.count > 1).map((v) => v.suggestion)).toEqual(
      expect.arrayContaining(['internal', 'external']),
    )
    // A custom group field, as the bias checks read it: "M " and "M" are one value.
    const withSex = mappings.map((m) =>
      m.header === 'Sex' ? { ...m, target: 'custom' as const } : m,
    )
    const sex = listValueColumns(fixture, withSex, context).find((c) => c.key === 'custom:Sex')!
    expect(sex.values.map((v) => [v.key, v.text])).toEqual(
      expect.arrayContaining([
        ['m', 'M'],
        ['f', 'F'],
      ]),
    )
  })

  it('tells the words only on shifted rows from words to map, naming the rows and the column they fit', () => {
    const { fixture, mappings, order } = planFixture()
    const columns = listValueColumns(fixture, mappings, context)
    const shifted = findShiftedValues(fixture, mappings, columns, {
      dateOrder: order === 'month-first' || order === 'day-first' ? order : null,
      readValue: createValueReader({}, context),
    })
    const { shiftedRows, futureStartRows } = fixture.expected
    const status = shifted.get('status')!
    // The department moved into the status column on both shifted rows.
    expect([...status.values()].flatMap((value) => value.rows).sort((a, b) => a - b)).toEqual(
      shiftedRows,
    )
    expect([...status.values()].every((value) => value.belongsTo?.header === 'Department')).toBe(
      true,
    )
    // "Future Start" is a word to map, on rows of its own, not a shift.
    expect(status.has('future start')).toBe(false)
    expect(futureStartRows.length).toBeGreaterThan(0)
    const onShiftedRows = [...shifted.values()].flatMap((byValue) =>
      [...byValue.values()].flatMap((value) => value.rows),
    )
    expect(onShiftedRows.every((row) => shiftedRows.includes(row))).toBe(true)
    // The salary that moved into the score column fits nothing, but its rows are shifted ones.
    const scores = [...shifted.get('performance')!.values()]
    expect(scores.map((value) => value.rows[0]!).sort((a, b) => a - b)).toEqual(shiftedRows)
    expect(scores.every((value) => value.belongsTo === null)).toBe(true)
  })

  it('refuses only the unmapped and the shifted rows, naming the row and what to do', () => {
    const { fixture, plan, rows } = planFixture()
    const { expected } = fixture
    const refused = new Set(plan.skipped.map((skip) => skip.row))
    expect([...refused].sort((a, b) => a - b)).toEqual(
      [...expected.futureStartRows, ...expected.shiftedRows].sort((a, b) => a - b),
    )
    const future = rows.find((row) => row.row === expected.futureStartRows[0])!
    expect(future.problems.map((p) => p.message)).toContain(
      `Row ${future.row}, column 'EmploymentStatus': 'Future Start' is not mapped to a status: choose what it means in the Values step, or leave the row out.`,
    )
    const shifted = rows.find((row) => row.row === expected.shiftedRows[0])!
    expect(shifted.problems.find((p) => p.field === 'status')?.message).toMatch(
      new RegExp(
        `^Row ${shifted.row}, column 'EmploymentStatus': '.+' looks like a value of 'Department' \\(column 9\\): the fields of row ${shifted.row} seem shifted\\.`,
      ),
    )
  })

  it('imports former staff as leavers with their date, reason and whose decision, once mapped', () => {
    const { fixture, plan } = planFixture({ status: { 'future start': 'active' } })
    const { expected } = fixture
    expect(plan.skipped.map((skip) => skip.row)).toEqual(expected.shiftedRows)
    const people = plan.creates
    for (const person of people) expect(Person.parse(person)).toEqual(person)
    expect(people.filter((p) => p.status === 'active')).toHaveLength(expected.onStaff)
    expect(people.filter((p) => p.status === 'left')).toHaveLength(
      expected.leftVoluntary + expected.leftInvoluntary,
    )
    expect(plan.leavers.filter((l) => l.isVoluntary)).toHaveLength(expected.leftVoluntary)
    expect(plan.leavers.filter((l) => !l.isVoluntary)).toHaveLength(expected.leftInvoluntary)
    expect(plan.undecidedLeavers).toBe(0)
    for (const leaver of plan.leavers) {
      expect(LeaverRecord.parse(leaver)).toEqual(leaver)
      const person = people.find((p) => p.id === leaver.personId)!
      expect(leaver.date).toBe(person.leftDate)
      expect(leaver.hireDate).toBe(person.hireDate)
      expect(leaver.date >= person.hireDate!).toBe(true)
    }
    const moreMoney = plan.leavers.find((l) => l.reasonDetail === 'more money')
    expect(moreMoney?.reason).toBe('Pay and benefits')
    // Hired through an internal posting: an internal fill for the promotion figures.
    expect(people.some((p) => p.hireSource === 'internal')).toBe(true)
    expect(people.some((p) => p.hireSource === 'external')).toBe(true)
  })

  it('finds managers by their ID, and reports a manager in no row once, with the rows naming them', () => {
    const { fixture, plan } = planFixture({ status: { 'future start': 'active' } })
    const byEmployeeId = new Map(plan.creates.map((p) => [p.employeeId, p]))
    const managed = plan.creates.filter((p) => p.managerId !== null)
    expect(managed.length).toBeGreaterThan(250)
    for (const cells of fixture.rows.slice(5, 40)) {
      const person = byEmployeeId.get(cells[1]!)!
      const managerId = cells[10]!
      expect(person.managerId).toBe(managerId === '' ? null : byEmployeeId.get(managerId)!.id)
    }
    expect(plan.unresolvedManagers).toEqual([
      expect.objectContaining({
        value: 'Board of Directors',
        reason: 'missing',
      }),
    ])
    expect(plan.unresolvedManagers[0]?.rows).toHaveLength(fixture.expected.missingManager.rows)
    const boardProblems = plan.problems.filter((p) => p.message.includes('Board of Directors'))
    expect(boardProblems).toHaveLength(1)
    expect(boardProblems[0]?.message).toMatch(/on rows \d+, \d+, \d+ and \d+ more the manager/)
  })

  it('records the scores as final reviews of the named past period, mapped to the scale', () => {
    const { fixture, plan } = planFixture({ status: { 'future start': 'active' } })
    const review = plan.pastReview!
    expect(review.previousCycle).toBeNull()
    expect(review.cycle).toMatchObject({
      name: 'FY2025 review',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
    })
    expect(review.cycle.personIds).toHaveLength(plan.creates.length)
    for (const saved of review.reviews) expect(Review.parse(saved)).toEqual(saved)
    const counts: Record<number, number> = {}
    for (const saved of review.reviews) {
      expect(saved.state).toBe('final')
      counts[saved.overallRating!] = (counts[saved.overallRating!] ?? 0) + 1
    }
    expect(counts).toEqual({
      2: fixture.expected.scores['Fully Meets'],
      3: fixture.expected.scores['Exceeds'],
      1: fixture.expected.scores['Needs Improvement'],
      0: fixture.expected.scores['PIP'],
    })
  })
})
