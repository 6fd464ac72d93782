import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { computeHeaderSignature } from '../../../../shared/domain/roster-import/mapping'
import { createStarterWorkspaceData } from '../../../../shared/domain/workspace/defaults'
import { openWorkspaceDb } from '../workspace-db'
import {
  deleteImportProfile,
  findStartingMapping,
  listImportProfiles,
  renameImportProfile,
  toProfileSetting,
} from './import-profiles'
import { replaceWorkspaceData } from './snapshot'

let dbCounter = 0

async function setUp() {
  const db = openWorkspaceDb(`import-profiles-test-${dbCounter++}`)
  await replaceWorkspaceData(db, createStarterWorkspaceData())
  return db
}

const headers = ['Staff no', 'Full name', 'State', 'Left on']

function profileFor(name: string, fileHeaders = headers) {
  return toProfileSetting({
    name,
    headers: fileHeaders,
    targets: fileHeaders.map((_, index) =>
      index === 0 ? 'externalId' : index === 1 ? 'fullName' : index === 2 ? 'status' : 'leftDate',
    ),
    valueChoices: { status: { gone: 'left-voluntary', here: 'active' }, leavingType: undefined },
    dateOrder: 'day-first',
    pastReview: null,
    now: new Date('2026-11-30T09:00:00Z'),
  })
}

describe('import profiles', () => {
  it('opens a file of a saved layout with its targets, value choices and date order', async () => {
    const db = await setUp()
    await db.settings.put(profileFor('  Payroll export  '))
    const start = await findStartingMapping(db, headers)
    expect(start).toMatchObject({
      targets: ['externalId', 'fullName', 'status', 'leftDate'],
      valueChoices: { status: { gone: 'left-voluntary', here: 'active' } },
      dateOrder: 'day-first',
      profile: { kind: 'saved', name: 'Payroll export' },
    })
    // Another layout starts from suggestions.
    expect(await findStartingMapping(db, ['Name', 'Email'])).toEqual({
      targets: null,
      profile: null,
    })
    db.close()
  })

  it('reads what an older version remembered, and falls back to a built-in profile', async () => {
    const db = await setUp()
    await db.settings.put({
      key: `rosterMapping:${computeHeaderSignature(headers)}`,
      value: ['externalId', 'fullName', 'ignore', 'ignore'],
    })
    expect(await findStartingMapping(db, headers)).toEqual({
      targets: ['externalId', 'fullName', 'ignore', 'ignore'],
      profile: null,
    })
    const bamboo = ['Employee #', 'First Name', 'Last Name', 'Job Title', 'Reports to', 'Status']
    const start = await findStartingMapping(db, bamboo)
    expect(start.profile).toEqual({ kind: 'built-in', name: 'BambooHR employee report' })
    expect(start.targets).toEqual([
      'externalId',
      'givenName',
      'familyName',
      'title',
      'manager',
      'status',
    ])
    expect(start.valueChoices?.status).toMatchObject({ inactive: 'left' })
    db.close()
  })

  it('lists profiles by name, renames one, refusing a blank or taken name, and deletes it', async () => {
    const db = await setUp()
    const other = ['Id', 'Name']
    await db.settings.put(profileFor('Payroll export'))
    await db.settings.put(profileFor('BambooHR monthly', other))
    await db.settings.put({ key: 'rosterProfile:broken', value: { name: 42 } })
    expect((await listImportProfiles(db)).map((p) => p.name)).toEqual([
      'BambooHR monthly',
      'Payroll export',
    ])
    const signature = computeHeaderSignature(headers)
    await expect(renameImportProfile(db, signature, '   ')).rejects.toThrow(
      'Give the profile a name.',
    )
    await expect(renameImportProfile(db, signature, 'bamboohr MONTHLY')).rejects.toThrow(
      'There is already a profile called “bamboohr MONTHLY”.',
    )
    await expect(renameImportProfile(db, 'no-such-layout', 'New')).rejects.toThrow(
      'That profile is no longer saved.',
    )
    expect((await listImportProfiles(db)).map((p) => p.name)).toContain('Payroll export')
    await renameImportProfile(db, signature, ' Payroll, November ')
    const renamed = (await listImportProfiles(db)).find((p) => p.signature === signature)!
    expect(renamed).toMatchObject({ name: 'Payroll, November', dateOrder: 'day-first' })
    expect(renamed.valueChoices).toEqual({ status: { gone: 'left-voluntary', here: 'active' } })
    await deleteImportProfile(db, signature)
    expect((await listImportProfiles(db)).map((p) => p.name)).toEqual(['BambooHR monthly'])
    expect((await findStartingMapping(db, headers)).profile).toBeNull()
    db.close()
  })
})
