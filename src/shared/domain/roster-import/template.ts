/**
 * What "Save template CSV" writes: the recommended headers (each maps automatically) and two
 * example rows. Dates are ISO so the template reads the same in every locale.
 */
export const rosterTemplateRows: string[][] = [
  [
    'Employee ID',
    'First name',
    'Last name',
    'Email',
    'Job title',
    'Department',
    'Manager',
    'Start date',
    'Status',
    'Location',
    'Work arrangement',
  ],
  [
    'E001',
    'María',
    'García',
    'maria.garcia@example.com',
    'Operations Lead',
    'Operations',
    '',
    '2019-04-01',
    'Active',
    'Head office',
    'Onsite',
  ],
  [
    'E002',
    'Sam',
    'Okafor',
    'sam.okafor@example.com',
    'Support Specialist',
    'Customer Support',
    'E001',
    '2023-09-18',
    'Active',
    'Leeds',
    'Hybrid',
  ],
]
