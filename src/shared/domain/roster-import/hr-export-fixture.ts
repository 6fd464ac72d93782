/**
 * A staff export shaped like a real HR system's (the public HR dataset layout: "Last, First M"
 * names with stray spaces, M/D/YY dates, statuses and scores in the tool's words, termination
 * columns, managers by name and ID, a department with trailing spaces), written by the project
 * for its tests. Deterministic: the same rows on every run and machine.
 */

export const hrExportHeaders = [
  'Employee_Name',
  'EmpID',
  'Sex',
  'Position',
  'DateofHire',
  'DateofTermination',
  'TermReason',
  'EmploymentStatus',
  'Department',
  'ManagerName',
  'ManagerID',
  'RecruitmentSource',
  'PerformanceScore',
  'Salary',
] as const

export interface HrExportFixture {
  headers: string[]
  rows: string[][]
  /** What a user who maps "Future Start" to On staff should end up with. */
  expected: {
    /** Spreadsheet rows (header = 1) whose fields are shifted: refused. */
    shiftedRows: number[]
    onStaff: number
    leftVoluntary: number
    leftInvoluntary: number
    /** Rows whose status is "Future Start", a word Trellis does not know. */
    futureStartRows: number[]
    /** The manager named on rows that is in nobody's row, and how many rows name them. */
    missingManager: { name: string; rows: number }
    /** Per performance word, how many imported rows carry it. */
    scores: Record<string, number>
  }
}

const givenNames = [
  'Wilson',
  'Karthikeyan',
  'Sarah',
  'Trina',
  'Carol',
  'Venkata',
  'Sam',
  'Norman',
  'Jean',
  'Lynn',
  'Alex',
  'Maria',
  'Dheepa',
  'Rachael',
  'Jonathan',
  'Ming',
  'Jennifer',
  'Lisa',
  'Michael',
  'Ricardo',
  'Hannah',
  'Jyoti',
  'Keyla',
  'Leonara',
  'Judith',
  'Kelley',
  'Susan',
  'Amy',
  'Joseph',
  'Adell',
  'Rosalie',
  'Ebonee',
  'Colleen',
  'Daniel',
  'Kimberly',
  'Lori',
]
const familyNames = [
  'Adinolfi',
  'Ait Sidi',
  'Akinkuolie',
  'Alagbe',
  'Anderson',
  'Andreola',
  'Athwal',
  'Bachiochi',
  'Bacong',
  'Baczenski',
  'Barbara',
  'Barbossa',
  'Barone',
  'Barton',
  'Bates',
  'Beak',
  'Beatrice',
  'Becker',
  'Bernstein',
  'Biden',
  'Billis',
  'Blount',
  'Bondwell',
  'Booth',
  'Boutwell',
  'Bozzi',
  'Bramante',
  'Brill',
  'Brown',
  'Buccheri',
  'Bugali',
  'Bunbury',
  'Burke',
  'Cady',
  'Candie',
]
const positions: Record<string, string[]> = {
  'Production       ': ['Production Technician I', 'Production Technician II'],
  'IT/IS': ['Network Engineer', 'Database Administrator', 'IT Support'],
  Sales: ['Area Sales Manager', 'Sales Manager'],
  'Software Engineering': ['Software Engineer'],
  'Admin Offices': ['Accountant I', 'Administrative Assistant'],
}
const departments = Object.keys(positions)
const reasons = [
  'Another position',
  'unhappy',
  'more money',
  'career change',
  'hours',
  'relocation out of area',
  'return to school',
  'retiring',
  'military',
]
const causeReasons = ['attendance', 'performance', 'no-call, no-show', 'gross misconduct']
const sources = [
  'Indeed',
  'LinkedIn',
  'Google Search',
  'Employee Referral',
  'Diversity Job Fair',
  'CareerBuilder',
  'Website',
  'Internal Posting',
]
const scores = [
  'Fully Meets',
  'Fully Meets',
  'Fully Meets',
  'Fully Meets',
  'Fully Meets',
  'Fully Meets',
  'Exceeds',
  'Needs Improvement',
  'PIP',
]

/** A small seeded generator (mulberry32): enough for varied, repeatable rows. */
function createRandom(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** M/D/YY, no zero padding: 7/5/11. */
function formatUsShort(year: number, month: number, day: number): string {
  return `${month}/${day}/${String(year % 100).padStart(2, '0')}`
}

export function generateHrExport(rowCount = 311): HrExportFixture {
  const random = createRandom(311)
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!
  // Managers first: they are rows of the file too, and everyone else reports to one of them.
  const managers = departments.map((_, index) => ({
    given: givenNames[index * 3]!,
    family: familyNames[index * 2]!,
    id: String(10 + index),
  }))
  const rows: string[][] = []
  const expected: HrExportFixture['expected'] = {
    shiftedRows: [],
    onStaff: 0,
    leftVoluntary: 0,
    leftInvoluntary: 0,
    futureStartRows: [],
    missingManager: { name: 'Board of Directors', rows: 0 },
    scores: {},
  }
  const used = new Set<string>()
  for (let index = 0; index < rowCount; index += 1) {
    const row = index + 2
    const isManager = index < managers.length
    const department = isManager ? departments[index]! : pick(departments)
    const manager = managers[departments.indexOf(department)]!
    let given: string
    let family: string
    if (isManager) {
      given = manager.given
      family = manager.family
    } else {
      do {
        given = pick(givenNames)
        family = pick(familyNames)
      } while (used.has(`${given} ${family}`))
    }
    used.add(`${given} ${family}`)
    const initial = random() < 0.3 ? ` ${String.fromCharCode(65 + Math.floor(random() * 26))}` : ''
    const spacing = random() < 0.2 ? '  ' : random() < 0.5 ? ' ' : ''
    const name = `${family},${spacing}${given}${initial}${random() < 0.1 ? ' ' : ''}`
    const hireYear = 2008 + Math.floor(random() * 10)
    const hire = {
      year: hireYear,
      month: 1 + Math.floor(random() * 12),
      day: 1 + Math.floor(random() * 28),
    }
    const roll = random()
    const kind =
      isManager || roll < 0.64
        ? 'active'
        : roll < 0.92
          ? 'voluntary'
          : roll < 0.97
            ? 'cause'
            : 'future'
    const left = {
      year: hireYear + 1 + Math.floor(random() * 6),
      month: 1 + Math.floor(random() * 12),
      day: 1 + Math.floor(random() * 28),
    }
    const isLeaver = kind === 'voluntary' || kind === 'cause'
    const status =
      kind === 'active'
        ? 'Active'
        : kind === 'voluntary'
          ? 'Voluntarily Terminated'
          : kind === 'cause'
            ? 'Terminated for Cause'
            : 'Future Start'
    // A few managers are "Board of Directors" (the executive office reports to it): nobody's row.
    const isBoard = !isManager && index % 53 === 7
    const score = pick(scores)
    const cells = [
      name,
      String(1000 + index),
      random() < 0.5 ? 'M ' : 'F',
      isManager
        ? department === 'Sales'
          ? 'Director of Sales'
          : `${department.trim()} Manager`
        : pick(positions[department]!),
      formatUsShort(hire.year, hire.month, hire.day),
      isLeaver ? formatUsShort(left.year, left.month, left.day) : '',
      kind === 'voluntary'
        ? pick(reasons)
        : kind === 'cause'
          ? pick(causeReasons)
          : 'N/A-StillEmployed',
      status,
      department,
      isManager
        ? 'Board of Directors'
        : isBoard
          ? 'Board of Directors'
          : `${manager.given} ${manager.family}`,
      isManager || isBoard ? '' : manager.id,
      pick(sources),
      score,
      String(45000 + Math.floor(random() * 60000)),
    ]
    // Two rows lost their TermReason cell in the export: everything after it moved left by one.
    const isShifted = !isManager && (index === 40 || index === 170)
    if (isShifted) {
      cells.splice(6, 1)
      expected.shiftedRows.push(row)
    } else {
      if (isManager || isBoard) expected.missingManager.rows += 1
      if (kind === 'future') expected.futureStartRows.push(row)
      if (kind === 'active' || kind === 'future') expected.onStaff += 1
      if (kind === 'voluntary') expected.leftVoluntary += 1
      if (kind === 'cause') expected.leftInvoluntary += 1
      expected.scores[score] = (expected.scores[score] ?? 0) + 1
    }
    rows.push(cells)
  }
  // Manager IDs of the managers' own rows: ManagerID refers to EmpID.
  managers.forEach((manager, index) => {
    rows[index]![1] = manager.id
  })
  return { headers: [...hrExportHeaders], rows, expected }
}

/** The fixture as a CSV file's text (fields with commas quoted), as the HR system writes it. */
export function writeHrExportCsv(fixture: Pick<HrExportFixture, 'headers' | 'rows'>): string {
  const quote = (cell: string) => (/[",\n]/u.test(cell) ? `"${cell.replace(/"/gu, '""')}"` : cell)
  return [fixture.headers, ...fixture.rows].map((cells) => cells.map(quote).join(',')).join('\r\n')
}
