import { describe, expect, it } from 'vitest'
import type { CareerPath } from '../../model'
import {
  findCareerEventProblem,
  findCareerPathProblem,
  findCertificationProblem,
  findLeaverProblem,
} from './checks'
import { jobOf } from './history'
import { person } from './test-fixtures'

const roles = [
  { id: 'role-barista', name: 'Barista', description: '' },
  { id: 'role-lead', name: 'Shift lead', description: '' },
  { id: 'role-manager', name: 'Store manager', description: '' },
]

describe('refusals', () => {
  const ana = person('ana', { displayName: 'Ana', hireDate: '2024-03-01' })

  it('refuses a leaving date before the hire date', () => {
    expect(
      findLeaverProblem(ana, { date: '2024-02-28', reason: 'Study', reasonDetail: '' }),
    ).toEqual({
      field: 'date',
      message: 'The leaving date (28 Feb 2024) is before Ana was hired (1 Mar 2024).',
    })
    expect(
      findLeaverProblem(ana, { date: '2024-03-01', reason: 'Study', reasonDetail: '' }),
    ).toBeNull()
    expect(
      findLeaverProblem(ana, { date: '2026-01-01', reason: '', reasonDetail: '' })?.field,
    ).toBe('reason')
    expect(
      findLeaverProblem(
        { ...ana, status: 'left' },
        { date: '2026-01-01', reason: 'Study', reasonDetail: '' },
      )?.message,
    ).toBe('Ana is already recorded as left.')
  })

  it('refuses a promotion into the role the person already holds', () => {
    const before = jobOf(ana)
    const problem = findCareerEventProblem({
      person: ana,
      date: '2026-01-01',
      isPromotion: true,
      before,
      after: before,
      roles,
    })
    expect(problem?.message).toBe(
      'Ana is already Barista; a promotion moves them into another role.',
    )
    const promoted = { ...before, roleId: 'role-lead' }
    expect(
      findCareerEventProblem({
        person: ana,
        date: '2026-01-01',
        isPromotion: true,
        before,
        after: promoted,
        roles,
      }),
    ).toBeNull()
    expect(
      findCareerEventProblem({
        person: ana,
        date: '2024-01-01',
        isPromotion: true,
        before,
        after: promoted,
        roles,
      })?.field,
    ).toBe('date')
    expect(
      findCareerEventProblem({
        person: ana,
        date: '2026-01-01',
        isPromotion: false,
        before,
        after: before,
        roles,
      })?.message,
    ).toMatch(/Nothing changes/)
  })

  it('refuses a career path that loops, alone or with the other paths', () => {
    const loop = { id: 'x', name: 'Loop', roleIds: ['role-barista', 'role-lead', 'role-barista'] }
    expect(findCareerPathProblem(loop, [], roles)?.message).toBe(
      'Barista appears twice: the path would loop back to it.',
    )
    const existing: CareerPath[] = [
      { id: 'p', name: 'Store', description: '', roleIds: ['role-barista', 'role-lead'] },
    ]
    const back = { id: 'y', name: 'Back', roleIds: ['role-lead', 'role-manager', 'role-barista'] }
    expect(findCareerPathProblem(back, existing, roles)?.message).toBe(
      'With the other paths, Store manager leads back to Shift lead: the paths would loop.',
    )
    const fine = { id: 'y', name: 'Up', roleIds: ['role-lead', 'role-manager'] }
    expect(findCareerPathProblem(fine, existing, roles)).toBeNull()
    // Editing a path is checked against the others, not against its own old version.
    expect(
      findCareerPathProblem(
        { ...existing[0]!, roleIds: ['role-lead', 'role-barista'] },
        existing,
        roles,
      ),
    ).toBeNull()
  })

  it('refuses a certification that expires before it was issued', () => {
    expect(
      findCertificationProblem({
        name: 'Food hygiene',
        issuedOn: '2026-05-01',
        expiresOn: '2026-04-30',
      })?.message,
    ).toBe('It expires (30 Apr 2026) before it was issued (1 May 2026).')
    expect(
      findCertificationProblem({ name: 'Food hygiene', issuedOn: '2026-05-01', expiresOn: null }),
    ).toBeNull()
    expect(
      findCertificationProblem({ name: ' ', issuedOn: '2026-05-01', expiresOn: null })?.field,
    ).toBe('name')
  })
})

describe('certification state', () => {
  it('is valid, expiring within 60 days, or expired, and the longest-lasting one counts', async () => {
    const { readCertificationState, findHeldCertification } = await import('./certifications')
    expect(readCertificationState({ expiresOn: null }, '2026-12-07').state).toBe('no-expiry')
    expect(readCertificationState({ expiresOn: '2027-02-06' }, '2026-12-07')).toEqual({
      state: 'valid',
      text: 'Valid',
    })
    expect(readCertificationState({ expiresOn: '2027-02-05' }, '2026-12-07')).toEqual({
      state: 'soon',
      text: 'Expires in 60 days',
    })
    expect(readCertificationState({ expiresOn: '2026-12-06' }, '2026-12-07')).toEqual({
      state: 'expired',
      text: 'Expired 1 day ago',
    })
    const held = [
      { personId: 'a', name: 'Food hygiene', expiresOn: '2025-01-01' },
      { personId: 'a', name: ' food HYGIENE ', expiresOn: '2027-01-01' },
      { personId: 'b', name: 'Food hygiene', expiresOn: null },
    ]
    expect(findHeldCertification(held, 'a', 'Food hygiene')?.expiresOn).toBe('2027-01-01')
    expect(findHeldCertification(held, 'b', 'food hygiene')?.expiresOn).toBeNull()
    expect(findHeldCertification(held, 'c', 'Food hygiene')).toBeUndefined()
  })
})

describe('certificate marks for the matrix', () => {
  it('marks a required certificate that is missing, expired or expiring, and nothing valid', async () => {
    const { indexCertificateMarks } = await import('./certifications')
    const marks = indexCertificateMarks({
      people: [
        { id: 'a', roleId: 'role-barista', status: 'active' },
        { id: 'b', roleId: 'role-barista', status: 'active' },
        { id: 'c', roleId: 'role-barista', status: 'active' },
        { id: 'd', roleId: 'role-barista', status: 'active' },
        { id: 'e', roleId: 'role-lead', status: 'active' },
        { id: 'f', roleId: 'role-barista', status: 'left' },
      ],
      roleRequirements: [
        { roleId: 'role-barista', skillId: 'hygiene', certification: 'Food hygiene' },
        { roleId: 'role-barista', skillId: 'espresso', certification: null },
      ],
      certifications: [
        { personId: 'b', name: 'Food hygiene', expiresOn: '2026-01-01' },
        { personId: 'c', name: 'food hygiene', expiresOn: '2027-01-15' },
        { personId: 'd', name: 'Food hygiene', expiresOn: '2028-01-01' },
      ],
      today: '2026-12-07',
    })
    expect([...marks]).toEqual([
      ['a:hygiene', 'missing'],
      ['b:hygiene', 'expired'],
      ['c:hygiene', 'soon'],
    ])
  })
})
