import { describe, expect, it } from 'vitest'
import { builtInProfiles, findBuiltInProfile } from './builtin-profiles'
import { hrExportHeaders } from './hr-export-fixture'

describe('built-in import profiles', () => {
  it('knows the HR dataset layout, its words and its month-first dates', () => {
    const found = findBuiltInProfile(hrExportHeaders)!
    expect(found.profile.id).toBe('hr-dataset')
    expect(found.profile.dateOrder).toBe('month-first')
    const byHeader = Object.fromEntries(hrExportHeaders.map((h, i) => [h, found.targets[i]]))
    expect(byHeader).toMatchObject({
      Employee_Name: 'fullName',
      ManagerID: 'managerExternalId',
      TermReason: 'leavingReason',
      PerformanceScore: 'performance',
      Salary: 'ignore',
    })
  })

  it('matches headers however the tool spells them, and gives each field to one column only', () => {
    const google = [
      'first name [required]',
      'Last Name [Required]',
      'EMAIL ADDRESS [REQUIRED]',
      'Password [Required]',
      'Manager Email',
      'Status [READ ONLY]',
      'Department',
      'Team',
    ]
    const found = findBuiltInProfile(google)!
    expect(found.profile.id).toBe('google-workspace')
    expect(found.targets).toEqual([
      'givenName',
      'familyName',
      'email',
      'ignore',
      'manager',
      'status',
      'team',
      // "Team" would be suggested as the team, but the profile gave that to Department.
      'ignore',
    ])
  })

  it('offers nothing for a file that has only some of a profile’s columns', () => {
    expect(findBuiltInProfile(['Employee #', 'Job Title', 'Name'])).toBeNull()
    expect(findBuiltInProfile([])).toBeNull()
    for (const profile of builtInProfiles) {
      expect(findBuiltInProfile(profile.signatureHeaders)?.profile.id).toBe(profile.id)
    }
  })
})
