import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { generateSampleCompany } from '../../../../shared/domain/sample/generate'
import { maxMaterialBytes } from '../../../../shared/files-contract'
import { openWorkspaceDb, type WorkspaceDb } from '../workspace-db'
import {
  addFileMaterial,
  addLinkMaterial,
  countMaterialsByOwner,
  deleteInitiativeWithMaterials,
  deleteMaterial,
  findLinkMaterialProblem,
  listMaterials,
  toStoredFileName,
} from './materials'
import { replaceWorkspaceData } from './snapshot'

let counter = 0
const now = new Date('2026-11-23T09:30:00.000Z')

async function openSample(): Promise<{ db: WorkspaceDb; initiativeId: string }> {
  const db = openWorkspaceDb(`materials-test-${counter++}`)
  await replaceWorkspaceData(db, generateSampleCompany({ today: '2026-11-23' }))
  // An initiative the sample gives no material, so its list holds only what a test adds.
  const owners = new Set((await db.materials.toArray()).map((m) => m.ownerId))
  const initiative = (await db.initiatives.toArray()).find((i) => !owners.has(i.id))!
  return { db, initiativeId: initiative.id }
}

// ASCII, so its length is its byte count and btoa gives its base64.
const handoutText = 'Pre-use checklist\n1. Forks\n2. Horn\n'
const handout = { byteLength: handoutText.length, base64: btoa(handoutText) }

describe('addLinkMaterial', () => {
  it('saves a trimmed link with its owner and the time it was added', async () => {
    const { db, initiativeId } = await openSample()
    const saved = await addLinkMaterial(
      db,
      { ownerId: initiativeId, title: '  Course page ', url: ' https://example.org/course ' },
      now,
    )
    expect(await db.materials.get(saved.id)).toEqual({
      id: saved.id,
      ownerId: initiativeId,
      kind: 'link',
      title: 'Course page',
      url: 'https://example.org/course',
      addedAt: '2026-11-23T09:30:00.000Z',
    })
  })

  it('puts https:// in front of an address typed without it', async () => {
    const { db, initiativeId } = await openSample()
    const saved = await addLinkMaterial(db, {
      ownerId: initiativeId,
      title: 'Guide',
      url: 'www.example.org/guide',
    })
    expect(saved.url).toBe('https://www.example.org/guide')
  })

  it.each([
    [
      'an empty title',
      { title: ' ', url: 'https://example.org' },
      'title',
      /Give the link a title/,
    ],
    [
      'a title over 300 characters',
      { title: 'x'.repeat(301), url: 'https://example.org' },
      'title',
      /longer than 300/,
    ],
    [
      'an empty address',
      { title: 'Guide', url: '' },
      'url',
      /Enter the address of the page, starting with https/,
    ],
    [
      'words that are no address',
      { title: 'Guide', url: 'not a link' },
      'url',
      /“not a link” is not a web address/,
    ],
    ['a bare word', { title: 'Guide', url: 'intranet' }, 'url', /is not a web address/],
    [
      'an http:// link main would not open',
      { title: 'Guide', url: 'http://example.org' },
      'url',
      /only secure links.*https:\/\//,
    ],
    [
      'an ftp:// link',
      { title: 'Guide', url: 'ftp://example.org/file' },
      'url',
      /only web addresses that start/,
    ],
    [
      'a javascript: link',
      { title: 'Guide', url: 'javascript:alert(1)' },
      'url',
      /only web addresses that start/,
    ],
    [
      'a file:// link',
      { title: 'Guide', url: 'file:///etc/passwd' },
      'url',
      /only web addresses that start/,
    ],
    [
      'a link with a password',
      { title: 'Guide', url: 'https://me:secret@example.org' },
      'url',
      /user name or password/,
    ],
    [
      'an address over 2,000 characters',
      { title: 'Guide', url: `https://example.org/${'a'.repeat(2000)}` },
      'url',
      /2,000/,
    ],
  ])(
    'refuses %s on the field it is about and saves nothing',
    async (_what, fields, field, message) => {
      const { db, initiativeId } = await openSample()
      const draft = { ownerId: initiativeId, ...fields }
      expect(findLinkMaterialProblem(draft)).toEqual({
        field,
        message: expect.stringMatching(message),
      })
      await expect(addLinkMaterial(db, draft)).rejects.toThrow(message)
      expect(await listMaterials(db, initiativeId)).toEqual([])
    },
  )

  it('refuses a link for an initiative that no longer exists', async () => {
    const { db } = await openSample()
    const before = await db.materials.count()
    await expect(
      addLinkMaterial(db, { ownerId: 'gone', title: 'Guide', url: 'https://example.org' }),
    ).rejects.toThrow('That initiative no longer exists, so nothing was saved.')
    expect(await db.materials.count()).toBe(before)
  })
})

describe('addFileMaterial', () => {
  it('keeps the bytes, the name and the size, titled after the file', async () => {
    const { db, initiativeId } = await openSample()
    const saved = await addFileMaterial(
      db,
      {
        ownerId: initiativeId,
        title: '',
        fileName: 'Forklift checklist.txt',
        size: handout.byteLength,
        data: handout.base64,
      },
      now,
    )
    const stored = await db.materials.get(saved.id)
    expect(stored).toEqual({
      id: saved.id,
      ownerId: initiativeId,
      kind: 'file',
      title: 'Forklift checklist',
      fileName: 'Forklift checklist.txt',
      size: handout.byteLength,
      data: handout.base64,
      addedAt: '2026-11-23T09:30:00.000Z',
    })
    expect(atob(stored?.kind === 'file' ? stored.data : '')).toBe(handoutText)
  })

  it('keeps an empty file', async () => {
    const { db, initiativeId } = await openSample()
    const saved = await addFileMaterial(db, {
      ownerId: initiativeId,
      title: 'Blank form',
      fileName: 'blank.txt',
      size: 0,
      data: '',
    })
    expect(saved).toMatchObject({ title: 'Blank form', size: 0, data: '' })
  })

  it('stores a name every OS accepts and main will open', () => {
    expect(toStoredFileName('Q1: plan?.pdf')).toBe('Q1 plan .pdf')
    const long = toStoredFileName(`${'n'.repeat(250)}.pdf`)
    expect(long).toHaveLength(200)
    expect(long.endsWith('.pdf')).toBe(true)
  })

  it('refuses a file over the limit, bytes that did not arrive whole, or a gone initiative', async () => {
    const { db, initiativeId } = await openSample()
    const before = await db.materials.count()
    const file = {
      ownerId: initiativeId,
      title: '',
      fileName: 'slides.pdf',
      size: handout.byteLength,
      data: handout.base64,
    }
    await expect(addFileMaterial(db, { ...file, size: maxMaterialBytes + 1 })).rejects.toThrow(
      '“slides.pdf” is 20 MB; a material may be 20 MB at most. Nothing was saved.',
    )
    await expect(addFileMaterial(db, { ...file, size: 3 * maxMaterialBytes })).rejects.toThrow(
      /is 60 MB/,
    )
    await expect(addFileMaterial(db, { ...file, size: file.size + 1 })).rejects.toThrow(
      '“slides.pdf” did not arrive whole. Add it again; nothing was saved.',
    )
    await expect(addFileMaterial(db, { ...file, data: 'not base64!' })).rejects.toThrow(
      /did not arrive whole/,
    )
    await expect(addFileMaterial(db, { ...file, ownerId: 'gone' })).rejects.toThrow(
      /no longer exists/,
    )
    expect(await db.materials.count()).toBe(before)
  })
})

describe('listing and deleting', () => {
  it('lists an initiative’s materials in the order added, counts them, and deletes one', async () => {
    const { db, initiativeId } = await openSample()
    const first = await addLinkMaterial(
      db,
      { ownerId: initiativeId, title: 'B first', url: 'https://example.org/b' },
      new Date('2026-11-01T10:00:00Z'),
    )
    const second = await addFileMaterial(
      db,
      {
        ownerId: initiativeId,
        title: 'A second',
        fileName: 'a.txt',
        size: handout.byteLength,
        data: handout.base64,
      },
      new Date('2026-11-02T10:00:00Z'),
    )
    expect((await listMaterials(db, initiativeId)).map((m) => m.id)).toEqual([first.id, second.id])
    expect((await countMaterialsByOwner(db)).get(initiativeId)).toBe(2)

    await deleteMaterial(db, first.id)
    expect((await listMaterials(db, initiativeId)).map((m) => m.id)).toEqual([second.id])
  })

  it('deletes an initiative with its materials and leaves other initiatives’ materials', async () => {
    const { db, initiativeId } = await openSample()
    await addLinkMaterial(db, { ownerId: initiativeId, title: 'G', url: 'https://example.org' })
    const others = (await db.materials.toArray()).filter((m) => m.ownerId !== initiativeId)
    expect(others.length).toBeGreaterThan(0)

    await deleteInitiativeWithMaterials(db, initiativeId)
    expect(await db.initiatives.get(initiativeId)).toBeUndefined()
    expect(await listMaterials(db, initiativeId)).toEqual([])
    expect(await db.materials.toArray()).toEqual(others)
  })
})
