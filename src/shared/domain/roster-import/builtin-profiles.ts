import { suggestColumnMapping } from './mapping'
import { normalizeHeaderKey } from './text'
import type { DateOrder, MappingTarget, ValueChoices } from './types'

/**
 * Profiles for the staff exports of common tools whose column names are public. A file matches
 * one when it has all of the profile's `signatureHeaders` (compared as header keys, so case,
 * spaces, underscores and notes such as `[READ ONLY]` do not matter). The profile names targets
 * where Trellis's header suggestions would not, and the words and date order the tool writes.
 */
export interface BuiltInProfile {
  id: string
  name: string
  signatureHeaders: readonly string[]
  targets: Readonly<Record<string, MappingTarget>>
  valueChoices: ValueChoices
  dateOrder: DateOrder | null
}

export const builtInProfiles: readonly BuiltInProfile[] = [
  {
    // The public HR dataset layout (Huebner & Patalano), which many US HR exports follow.
    id: 'hr-dataset',
    name: 'HR system staff export (HRDataset layout)',
    signatureHeaders: ['Employee_Name', 'EmpID', 'EmploymentStatus', 'DateofHire', 'ManagerName'],
    targets: {
      Employee_Name: 'fullName',
      EmpID: 'externalId',
      Position: 'title',
      Department: 'team',
      ManagerName: 'manager',
      ManagerID: 'managerExternalId',
      DateofHire: 'hireDate',
      DateofTermination: 'leftDate',
      TermReason: 'leavingReason',
      EmploymentStatus: 'status',
      RecruitmentSource: 'hireSource',
      PerformanceScore: 'performance',
      State: 'location',
    },
    valueChoices: {
      status: {
        'voluntarily terminated': 'left-voluntary',
        'terminated for cause': 'left-involuntary',
      },
    },
    dateOrder: 'month-first',
  },
  {
    // BambooHR report columns are the fields' labels: Employee #, Reports to, Termination Type...
    id: 'bamboohr',
    name: 'BambooHR employee report',
    signatureHeaders: ['Employee #', 'Job Title', 'Reports to'],
    targets: {
      'Employee #': 'externalId',
      'Job Title': 'title',
      Department: 'team',
      Division: 'custom',
      Location: 'location',
      'Reports to': 'manager',
      'Supervisor EID': 'managerExternalId',
      'Hire Date': 'hireDate',
      Status: 'status',
      'Employment Status': 'ignore',
      'Termination Date': 'leftDate',
      'Termination Type': 'leavingType',
      'Termination Reason': 'leavingReason',
    },
    valueChoices: {
      status: { inactive: 'left', active: 'active' },
      leavingType: { voluntary: 'voluntary', involuntary: 'involuntary' },
    },
    dateOrder: 'month-first',
  },
  {
    // Admin console > Directory > Users > Download users.
    id: 'google-workspace',
    name: 'Google Workspace users download',
    signatureHeaders: ['First Name [Required]', 'Last Name [Required]', 'Email Address [Required]'],
    targets: {
      'First Name [Required]': 'givenName',
      'Last Name [Required]': 'familyName',
      'Email Address [Required]': 'email',
      'Employee ID': 'externalId',
      'Employee Title': 'title',
      Department: 'team',
      'Manager Email': 'manager',
      'Status [READ ONLY]': 'status',
      'Building ID': 'location',
      'Password [Required]': 'ignore',
    },
    valueChoices: { status: { suspended: 'active', active: 'active' } },
    dateOrder: null,
  },
  {
    // Microsoft 365 admin centre > Users > Active users > Export users.
    id: 'microsoft-365',
    name: 'Microsoft 365 users export',
    signatureHeaders: ['Display name', 'User principal name', 'Object Id'],
    targets: {
      'Display name': 'fullName',
      'First name': 'givenName',
      'Last name': 'familyName',
      'User principal name': 'email',
      Title: 'title',
      Department: 'team',
      Office: 'location',
      'Object Id': 'ignore',
    },
    valueChoices: {},
    dateOrder: null,
  },
]

/** The built-in profile a file's headers match, with one target per column; null for none. */
export function findBuiltInProfile(
  headers: readonly string[],
): { profile: BuiltInProfile; targets: MappingTarget[] } | null {
  const keys = new Set(headers.map(normalizeHeaderKey))
  const profile = builtInProfiles.find((candidate) =>
    candidate.signatureHeaders.every((header) => keys.has(normalizeHeaderKey(header))),
  )
  if (profile === undefined) return null
  const byKey = new Map(
    Object.entries(profile.targets).map(([header, target]) => [normalizeHeaderKey(header), target]),
  )
  const suggested = suggestColumnMapping([...headers])
  // The profile's own targets first; a suggestion keeps a field only no named column takes.
  const named = suggested.map((mapping) => byKey.get(normalizeHeaderKey(mapping.header)))
  const taken = new Set(named.filter((target) => target !== undefined))
  const targets = suggested.map((mapping, index): MappingTarget => {
    const own = named[index]
    if (own !== undefined) return own
    if (mapping.target === 'ignore' || taken.has(mapping.target)) return 'ignore'
    taken.add(mapping.target)
    return mapping.target
  })
  return { profile, targets }
}
