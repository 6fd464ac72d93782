import type { MappingTarget, RosterField } from './types'
import { normalizeHeaderKey } from './text'

/** Every field a column can map to, in the order the mapping screen lists them. */
export const rosterFields: readonly RosterField[] = [
  'externalId',
  'fullName',
  'givenName',
  'familyName',
  'email',
  'title',
  'team',
  'manager',
  'managerExternalId',
  'hireDate',
  'status',
  'location',
  'workArrangement',
  'leftDate',
  'leavingType',
  'leavingReason',
  'hireSource',
  'performance',
]

const fieldLabels: Record<RosterField, string> = {
  externalId: 'Employee ID',
  fullName: 'Full name',
  givenName: 'First name',
  familyName: 'Last name',
  email: 'Email',
  title: 'Job title',
  team: 'Team',
  manager: 'Manager',
  managerExternalId: 'Manager’s employee ID',
  hireDate: 'Hire date',
  status: 'Status',
  location: 'Location',
  workArrangement: 'Work arrangement',
  leftDate: 'Leaving date',
  leavingType: 'Voluntary or not',
  leavingReason: 'Leaving reason',
  hireSource: 'Recruitment source',
  performance: 'Past review rating',
}

/** Header names as exported by payroll and HR tools, Google Workspace and Microsoft 365. */
const fieldSynonyms: Record<RosterField, readonly string[]> = {
  externalId: [
    'ID',
    'Employee ID',
    'Employee Number',
    'Employee No',
    'Employee #',
    'EmpID',
    'Emp No',
    'Staff ID',
    'Staff Number',
    'Personnel Number',
    'Worker ID',
    'Payroll ID',
  ],
  fullName: [
    'Name',
    'Full name',
    'Employee name',
    'Display name',
    'Staff name',
    'Person',
    'Employee',
  ],
  givenName: ['First name', 'Given name', 'Forename', 'First'],
  familyName: ['Last name', 'Surname', 'Family name', 'Last'],
  email: [
    'Email',
    'Work email',
    'Email address',
    'Work email address',
    'Business email',
    'Primary email',
    'Mail',
  ],
  title: ['Title', 'Position', 'Job title', 'Role', 'Job role', 'Position title', 'Employee title'],
  team: ['Department', 'Team', 'Dept', 'Team name', 'Department name'],
  manager: [
    'Manager',
    'Supervisor',
    'Manager email',
    'Manager name',
    "Manager's email",
    'Supervisor email',
    'Supervisor name',
    'Reports to',
    'Reporting to',
    'Line manager',
    'Line manager email',
  ],
  hireDate: [
    'Hire date',
    'Start date',
    'Date of hire',
    'Joined',
    'Join date',
    'Date joined',
    'Joining date',
    'Date hired',
    'Employment start date',
  ],
  managerExternalId: [
    'Manager ID',
    'Manager employee ID',
    'Manager number',
    'Manager employee number',
    'Supervisor ID',
    'Supervisor EID',
    'Reports to ID',
    'Line manager ID',
  ],
  status: ['Status', 'Employment status', 'Employee status'],
  leftDate: [
    'Termination date',
    'Date of termination',
    'Term date',
    'Leaving date',
    'Date left',
    'Left date',
    'Leave date',
    'End date',
    'Employment end date',
    'Last day',
    'Last working day',
    'Separation date',
  ],
  leavingType: [
    'Termination type',
    'Term type',
    'Voluntary',
    'Voluntary or involuntary',
    'Leaving type',
    'Separation type',
  ],
  leavingReason: [
    'Termination reason',
    'Term reason',
    'Reason for leaving',
    'Leaving reason',
    'Exit reason',
    'Separation reason',
  ],
  hireSource: [
    'Recruitment source',
    'Recruiting source',
    'Source of hire',
    'Hire source',
    'Hiring source',
    'Candidate source',
  ],
  performance: [
    'Performance score',
    'Performance rating',
    'Last performance rating',
    'Review rating',
    'Overall rating',
    'Rating',
  ],
  location: ['Location', 'Office', 'Site', 'Work location', 'Office location'],
  workArrangement: ['Work arrangement', 'Remote', 'Work mode', 'Work model', 'Workplace type'],
}

const fieldBySynonym: ReadonlyMap<string, RosterField> = new Map(
  rosterFields.flatMap((field) =>
    fieldSynonyms[field].map((synonym) => [normalizeHeaderKey(synonym), field] as const),
  ),
)

/** The field a header names, or null. Bracketed notes such as `[Required]` are ignored. */
export function findFieldForHeader(header: string): RosterField | null {
  const withoutNotes = header.replace(/\[[^\]]*\]|\([^)]*\)/gu, ' ')
  return (
    fieldBySynonym.get(normalizeHeaderKey(withoutNotes)) ??
    fieldBySynonym.get(normalizeHeaderKey(header)) ??
    null
  )
}

/** The user-facing label of a field, e.g. 'Employee ID'. */
export function describeRosterField(field: RosterField): string {
  return fieldLabels[field]
}

/** The user-facing label of any mapping target, for the column mapping menus. */
export function describeMappingTarget(target: MappingTarget): string {
  if (target === 'custom') return 'Keep as custom field'
  if (target === 'ignore') return 'Ignore'
  return describeRosterField(target)
}
