import { importProfileKeyPrefix, type SettingRecord } from '../../model'
import { computeHeaderSignature } from '../roster-import/mapping'
import type { MappingTarget } from '../roster-import/types'

/** The payroll bureau's monthly staff report, as the sample company last imported it. */
const columns: [string, MappingTarget][] = [
  ['Staff no.', 'externalId'],
  ['Surname', 'familyName'],
  ['Forename', 'givenName'],
  ['Work email', 'email'],
  ['Job title', 'title'],
  ['Department', 'team'],
  ['Line manager no.', 'managerExternalId'],
  ['Start date', 'hireDate'],
  ['Employment status', 'status'],
  ['Leaving date', 'leftDate'],
  ['Leaving reason', 'leavingReason'],
  ['Contract', 'custom'],
  ['NI number', 'ignore'],
]

/**
 * The import profile Settings → Import profiles shows for the sample company: the column mapping,
 * the payroll's status and contract words, and its day-first dates.
 */
export function createSampleImportProfile(today: string): SettingRecord {
  const headers = columns.map(([header]) => header)
  const signature = computeHeaderSignature(headers)
  return {
    key: importProfileKeyPrefix + signature,
    value: {
      signature,
      name: 'Payroll bureau monthly report',
      headers,
      targets: columns.map(([, target]) => target),
      valueChoices: {
        status: {
          current: 'active',
          'maternity leave': 'active',
          'leaver - resigned': 'left-voluntary',
          'leaver - dismissed': 'left-involuntary',
          'leaver - end of contract': 'left-involuntary',
        },
        leavingReason: { 'better offer': 'Pay and benefits', 'moved away': 'Relocation' },
        'custom:Contract': { ft: 'Full time', pt: 'Part time', 'fixed-term': 'Fixed term' },
      },
      dateOrder: 'day-first',
      pastReview: null,
      savedAt: `${today}T09:30:00.000Z`,
    },
  }
}
