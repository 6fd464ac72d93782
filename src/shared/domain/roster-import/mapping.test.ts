import { describe, expect, it } from 'vitest'
import { describeMappingTarget, describeRosterField, rosterFields } from './fields'
import {
  computeHeaderSignature,
  findMappingConflicts,
  findMappingGaps,
  suggestColumnMapping,
  toCustomFieldName,
} from './mapping'
import type { ColumnMapping, RosterField } from './types'

const targetOf = (header: string): ColumnMapping['target'] =>
  suggestColumnMapping([header])[0]?.target ?? 'ignore'

describe('suggestColumnMapping', () => {
  const synonyms: [RosterField, string[]][] = [
    ['externalId', ['ID', 'Employee Number', 'Employee ID', 'EmpID', 'Staff ID', 'Employee #']],
    ['fullName', ['Name', 'Full name', 'Employee_Name', 'Employee name']],
    ['givenName', ['First name', 'Given name']],
    ['familyName', ['Last name', 'Surname', 'Family name']],
    ['email', ['Email', 'Work email', 'E-mail', 'Email address']],
    ['title', ['Title', 'Position', 'Job title', 'Role']],
    ['team', ['Department', 'Team', 'Dept']],
    [
      'manager',
      ['Manager', 'Supervisor', 'Manager email', 'Reports to', 'Line manager', 'ManagerName'],
    ],
    ['managerExternalId', ['Manager ID', 'ManagerID', 'Supervisor EID', 'Reports to ID']],
    ['hireDate', ['Hire date', 'Start date', 'Date of hire', 'Joined']],
    ['status', ['Status', 'Employment status']],
    ['location', ['Location', 'Office', 'Site']],
    ['workArrangement', ['Work arrangement', 'Remote', 'Work mode']],
    ['leftDate', ['Termination date', 'DateofTermination', 'Last day', 'End date']],
    ['leavingType', ['Termination type', 'Term type', 'Voluntary']],
    ['leavingReason', ['TermReason', 'Reason for leaving', 'Termination reason']],
    ['hireSource', ['RecruitmentSource', 'Source of hire']],
    ['performance', ['PerformanceScore', 'Performance rating', 'Rating']],
  ]
  for (const [field, headers] of synonyms) {
    it(`maps ${headers.join(', ')} to ${field}`, () => {
      for (const header of headers) expect([header, targetOf(header)]).toEqual([header, field])
    })
  }

  it('ignores case, punctuation, accents and stray spaces', () => {
    for (const header of ['Employee_Name', 'employee-name', ' EMPLOYEE NAME ', 'employee.name']) {
      expect(targetOf(header)).toBe('fullName')
    }
    expect(targetOf('E-MAIL ADDRESS')).toBe('email')
    expect(targetOf('Départment')).toBe('team')
    expect(targetOf('Email Address [Required]')).toBe('email')
  })

  it('ignores unknown columns, including names that exist on Object.prototype', () => {
    expect(suggestColumnMapping(['Salary', 'constructor', '__proto__', 'toString', ''])).toEqual([
      { column: 0, header: 'Salary', target: 'ignore' },
      { column: 1, header: 'constructor', target: 'ignore' },
      { column: 2, header: '__proto__', target: 'ignore' },
      { column: 3, header: 'toString', target: 'ignore' },
      { column: 4, header: '', target: 'ignore' },
    ])
  })

  it('gives a field to the first column naming it, so the suggestion has no conflicts', () => {
    const mappings = suggestColumnMapping([
      'Email',
      'Name',
      'Work email',
      'Status',
      'Employment status',
    ])
    expect(mappings.map((mapping) => mapping.target)).toEqual([
      'email',
      'fullName',
      'ignore',
      'status',
      'ignore',
    ])
    expect(findMappingConflicts(mappings)).toEqual([])
  })

  it('maps a typical payroll export column by column', () => {
    const headers = [
      'Emp ID',
      'Surname',
      'Forename',
      'Work Email',
      'Dept',
      'Reports To',
      'Start Date',
    ]
    expect(suggestColumnMapping(headers).map((mapping) => mapping.target)).toEqual([
      'externalId',
      'familyName',
      'givenName',
      'email',
      'team',
      'manager',
      'hireDate',
    ])
  })
})

describe('findMappingConflicts', () => {
  const mapping = (column: number, header: string, target: ColumnMapping['target']) => ({
    column,
    header,
    target,
  })

  it('reports two columns mapped to one field, naming both', () => {
    const conflicts = findMappingConflicts([
      mapping(0, 'Email', 'email'),
      mapping(1, 'Name', 'fullName'),
      mapping(2, 'Personal email', 'email'),
    ])
    expect(conflicts).toEqual([
      {
        target: 'email',
        name: 'Email',
        columns: [0, 2],
        message:
          "Columns 'Email' (column 1) and 'Personal email' (column 3) both map to Email: choose one and ignore the others.",
      },
    ])
  })

  it('does not count ignored columns, and reports two custom columns with one name', () => {
    expect(findMappingConflicts([mapping(0, 'A', 'ignore'), mapping(1, 'B', 'ignore')])).toEqual([])
    const conflicts = findMappingConflicts([
      mapping(0, 'Shirt size', 'custom'),
      mapping(1, ' Shirt  size ', 'custom'),
    ])
    expect(conflicts.map((conflict) => [conflict.target, conflict.name, conflict.columns])).toEqual(
      [['custom', 'Shirt size', [0, 1]]],
    )
  })

  it('refuses __proto__ as a custom field name (the Person schema would drop it)', () => {
    const conflicts = findMappingConflicts([mapping(3, '__proto__', 'custom')])
    expect(conflicts).toHaveLength(1)
    expect(conflicts[0]?.columns).toEqual([3])
    expect(conflicts[0]?.message).toContain("'__proto__' cannot be used as a custom field name")
    expect(findMappingConflicts([mapping(3, 'constructor', 'custom')])).toEqual([])
  })
})

describe('labels', () => {
  it('describes every field for the user', () => {
    expect(describeRosterField('externalId')).toBe('Employee ID')
    expect(describeRosterField('fullName')).toBe('Full name')
    expect(new Set(rosterFields.map(describeRosterField)).size).toBe(rosterFields.length)
    expect(describeMappingTarget('custom')).toBe('Keep as custom field')
    expect(describeMappingTarget('ignore')).toBe('Ignore')
  })

  it('names a custom field by its header, or by its position when the header is blank', () => {
    expect(toCustomFieldName({ column: 4, header: '  Shirt   size ' })).toBe('Shirt size')
    expect(toCustomFieldName({ column: 4, header: ' ' })).toBe('Column 5')
  })
})

describe('computeHeaderSignature', () => {
  it('is the same for the same headers written differently, and stable', () => {
    const signature = computeHeaderSignature(['Employee ID', 'Full name', 'E-mail'])
    expect(computeHeaderSignature([' employee_id', 'FULL NAME', 'email '])).toBe(signature)
    expect(signature).toBe('roster-v1:3:employeeid|fullname|email')
  })

  it('changes with order, with a column more and with a different header', () => {
    const signature = computeHeaderSignature(['ID', 'Name'])
    expect(computeHeaderSignature(['Name', 'ID'])).not.toBe(signature)
    expect(computeHeaderSignature(['ID', 'Name', ''])).not.toBe(signature)
    expect(computeHeaderSignature(['ID', 'Names'])).not.toBe(signature)
    expect(computeHeaderSignature(['I', 'DName'])).not.toBe(signature)
  })
})

describe('findMappingGaps', () => {
  it('asks for a name column until one is mapped', () => {
    const mapped = (targets: ColumnMapping['target'][]): ColumnMapping[] =>
      targets.map((target, column) => ({ column, header: `H${column}`, target }))
    expect(findMappingGaps(mapped(['externalId', 'email']))).toEqual([
      'No column is mapped to a name: map Full name, or First name and Last name.',
    ])
    expect(findMappingGaps(mapped(['externalId', 'familyName']))).toEqual([])
    expect(findMappingGaps(mapped(['fullName']))).toEqual([])
  })
})
