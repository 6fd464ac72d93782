import { mkdir, mkdtemp, readFile, readdir, rm, stat, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestPorts } from '../../test/support/test-ports'
import { maxMaterialBytes } from '../shared/files-contract'
import { createFilesHandlers } from './files-handlers'
import { createHandlers } from './handlers'
import { createInvoker } from './ipc'
import type { DialogPort, FileFilter } from './ports'

let root: string

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'trellis-files-'))
})
afterAll(() => rm(root, { recursive: true, force: true }))

async function setUp() {
  const folder = await mkdtemp(join(root, 'case-'))
  const userDataPath = join(folder, 'user-data')
  const test = createTestPorts(userDataPath)
  const scripted = test.dialogs
  const asked: Array<{ title: string; filters: FileFilter[]; defaultName?: string }> = []
  // Records what each dialog was asked, then answers from the script.
  const dialogs: DialogPort = {
    confirm: (options) => scripted.confirm(options),
    chooseOpenPath: (options) => {
      asked.push(options)
      return scripted.chooseOpenPath(options)
    },
    chooseSavePath: (options) => {
      asked.push(options)
      return scripted.chooseSavePath(options)
    },
    chooseOpenPaths: (options) => scripted.chooseOpenPaths(options),
    chooseFolder: (options) => scripted.chooseFolder(options),
  }
  const ports = { ...test.ports, dialogs }
  return {
    folder,
    userDataPath,
    test,
    scripted,
    asked,
    ports,
    handlers: createFilesHandlers(ports),
  }
}

const calendar =
  'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nSUMMARY:Check-in with Aoife – café\r\nEND:VCALENDAR\r\n'

describe('saveCalendar', () => {
  it('writes the text where the dialog says and returns the file name', async () => {
    const { folder, scripted, asked, handlers } = await setUp()
    const target = join(folder, 'Agenda 2026-11-23.ics')
    scripted.savePaths.push(target)
    const result = await handlers.saveCalendar({
      title: 'Export the agenda',
      suggestedName: 'Agenda.ics',
      text: calendar,
    })
    expect(result).toEqual({ status: 'saved', fileName: 'Agenda 2026-11-23.ics' })
    expect(await readFile(target, 'utf8')).toBe(calendar)
    expect(asked).toEqual([
      {
        title: 'Export the agenda',
        defaultName: 'Agenda.ics',
        filters: [{ name: 'Calendar (iCalendar)', extensions: ['ics'] }],
      },
    ])
    // Written atomically: no temp file is left beside it.
    expect(await readdir(folder)).toEqual(['Agenda 2026-11-23.ics'])
  })

  it('writes nothing when the dialog is cancelled', async () => {
    const { folder, scripted, handlers } = await setUp()
    scripted.savePaths.push(null)
    const result = await handlers.saveCalendar({
      title: 'Export the agenda',
      suggestedName: 'Agenda.ics',
      text: calendar,
    })
    expect(result).toEqual({ status: 'cancelled' })
    expect(await readdir(folder)).toEqual([])
  })
})

describe('pickMaterialFile', () => {
  it('returns the picked file’s bytes as base64, with its name and size', async () => {
    const { folder, scripted, asked, handlers } = await setUp()
    const bytes = Buffer.from([0, 1, 2, 250, 255, ...Buffer.from('Checklist – ünïcode')])
    const path = join(folder, 'Pre-use checklist.pdf')
    await writeFile(path, bytes)
    scripted.openPaths.push(path)
    const result = await handlers.pickMaterialFile({ title: 'Add a file to Forklift refresher' })
    expect(result).toEqual({
      status: 'picked',
      fileName: 'Pre-use checklist.pdf',
      size: bytes.byteLength,
      data: bytes.toString('base64'),
    })
    expect(asked).toEqual([
      {
        title: 'Add a file to Forklift refresher',
        filters: [{ name: 'All files', extensions: ['*'] }],
      },
    ])
  })

  it('takes a file of exactly the limit', async () => {
    const { folder, scripted, handlers } = await setUp()
    const path = join(folder, 'limit.bin')
    await writeFile(path, '')
    await truncate(path, maxMaterialBytes)
    scripted.openPaths.push(path)
    const result = await handlers.pickMaterialFile({ title: 'Add a file' })
    expect(result).toMatchObject({
      status: 'picked',
      fileName: 'limit.bin',
      size: maxMaterialBytes,
    })
  })

  it('refuses a file over the limit by name, with its size, without reading it', async () => {
    const { folder, scripted, handlers } = await setUp()
    const path = join(folder, 'Training video.mp4')
    await writeFile(path, '')
    // Sparse: 31 MB on paper, nothing on disk.
    await truncate(path, 31 * 1024 * 1024)
    expect((await stat(path)).size).toBeGreaterThan(maxMaterialBytes)
    scripted.openPaths.push(path)
    expect(await handlers.pickMaterialFile({ title: 'Add a file' })).toEqual({
      status: 'refused',
      fileName: 'Training video.mp4',
      reason: 'It is 31 MB; a material may be 20 MB at most.',
    })

    const justOver = join(folder, 'just over.bin')
    await writeFile(justOver, '')
    await truncate(justOver, maxMaterialBytes + 1)
    scripted.openPaths.push(justOver)
    expect(await handlers.pickMaterialFile({ title: 'Add a file' })).toMatchObject({
      status: 'refused',
      fileName: 'just over.bin',
    })
  })

  it('refuses a folder or a file that has gone', async () => {
    const { folder, scripted, handlers } = await setUp()
    await mkdir(join(folder, 'Handouts'))
    scripted.openPaths.push(join(folder, 'Handouts'), join(folder, 'gone.pdf'))
    expect(await handlers.pickMaterialFile({ title: 'Add a file' })).toEqual({
      status: 'refused',
      fileName: 'Handouts',
      reason: 'It could not be read.',
    })
    expect(await handlers.pickMaterialFile({ title: 'Add a file' })).toEqual({
      status: 'refused',
      fileName: 'gone.pdf',
      reason: 'It could not be read.',
    })
  })

  it('reports a cancelled dialog', async () => {
    const { scripted, handlers } = await setUp()
    scripted.openPaths.push(null)
    expect(await handlers.pickMaterialFile({ title: 'Add a file' })).toEqual({
      status: 'cancelled',
    })
  })
})

describe('openMaterialFile', () => {
  it('writes the bytes under opened-materials/<id>/<fileName> and asks the OS to open that copy', async () => {
    const { userDataPath, test, handlers } = await setUp()
    const bytes = Buffer.from('%PDF-1.7\n\u0000\u00ff slides', 'latin1')
    const result = await handlers.openMaterialFile({
      id: 'material-01',
      fileName: 'Slides.pdf',
      data: bytes.toString('base64'),
    })
    const expected = join(userDataPath, 'opened-materials', 'material-01', 'Slides.pdf')
    expect(result).toEqual({ isOpened: true, error: '' })
    expect(test.openedPaths).toEqual([expected])
    expect(await readFile(expected)).toEqual(bytes)
  })

  it('keeps two materials of the same name apart and rewrites a copy that was opened before', async () => {
    const { userDataPath, test, handlers } = await setUp()
    await handlers.openMaterialFile({ id: 'a', fileName: 'notes.txt', data: btoa('first') })
    await handlers.openMaterialFile({ id: 'b', fileName: 'notes.txt', data: btoa('second') })
    const copy = (id: string) => join(userDataPath, 'opened-materials', id, 'notes.txt')
    expect(await readFile(copy('a'), 'utf8')).toBe('first')
    expect(await readFile(copy('b'), 'utf8')).toBe('second')

    // Edited in another app since it was opened: opening it again shows the stored bytes.
    await writeFile(copy('a'), 'changed outside')
    await handlers.openMaterialFile({ id: 'a', fileName: 'notes.txt', data: btoa('first') })
    expect(await readFile(copy('a'), 'utf8')).toBe('first')
    expect(test.openedPaths).toEqual([copy('a'), copy('b'), copy('a')])
  })

  it('passes on what the OS said when it could not open the file', async () => {
    const { test, ports } = await setUp()
    const handlers = createFilesHandlers({
      ...ports,
      shell: { ...test.ports.shell, openPath: async () => 'No application knows this file.' },
    })
    expect(
      await handlers.openMaterialFile({ id: 'a', fileName: 'x.weird', data: btoa('x') }),
    ).toEqual({ isOpened: false, error: 'No application knows this file.' })
  })

  it('is refused at the gate when the id or the file name would reach outside its folder', async () => {
    const { userDataPath, test } = await setUp()
    const invoke = createInvoker(createHandlers(test.ports), () => true)
    for (const input of [
      { id: '../escape', fileName: 'x.txt', data: btoa('x') },
      { id: 'a', fileName: '../../escape.txt', data: btoa('x') },
      { id: 'a', fileName: '..', data: btoa('x') },
      { id: 'a', fileName: 'sub\\escape.txt', data: btoa('x') },
    ]) {
      expect(await invoke('openMaterialFile', input, 'app')).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      })
    }
    expect(test.openedPaths).toEqual([])
    await expect(stat(join(userDataPath, 'opened-materials'))).rejects.toThrow()
  })
})
