import { mkdir, mkdtemp, readFile, readdir, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createTestPorts } from '../../test/support/test-ports'
import { createCsvHandlers } from './csv-handlers'
import type { DialogPort, FileFilter } from './ports'

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../test/fixtures/csv/${name}`, import.meta.url))

async function setUp() {
  const folder = await mkdtemp(join(tmpdir(), 'trellis-csv-'))
  const test = createTestPorts(folder)
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
  const handlers = createCsvHandlers({ ...test.ports, dialogs })
  return { folder, handlers, scripted, asked }
}

describe('pickCsv', () => {
  it('offers CSV, TSV and text files and reports a cancelled dialog', async () => {
    const { handlers, scripted, asked } = await setUp()
    scripted.openPaths.push(null)
    expect(await handlers.pickCsv({ title: 'Import people' })).toEqual({ status: 'cancelled' })
    expect(asked).toEqual([
      {
        title: 'Import people',
        filters: [{ name: 'CSV, TSV or text', extensions: ['csv', 'tsv', 'txt'] }],
      },
    ])
  })

  it('reads and parses the chosen file', async () => {
    const { handlers, scripted } = await setUp()
    scripted.openPaths.push(fixture('windows-1252.csv'))
    expect(await handlers.pickCsv({ title: 'Import people' })).toMatchObject({
      status: 'parsed',
      csv: {
        fileName: 'windows-1252.csv',
        encoding: 'windows-1252',
        delimiter: ',',
        headers: ['Name', 'City', 'Budget'],
      },
    })
  })

  it('refuses a file over the limit from its size, without reading it', async () => {
    const { folder, handlers, scripted } = await setUp()
    // 3 GB and sparse: reading it would fail (Node buffers stop at 2 GB), so only stat can answer
    const path = join(folder, 'huge.csv')
    await writeFile(path, '')
    await truncate(path, 3 * 1024 ** 3)
    scripted.openPaths.push(path)
    expect(await handlers.pickCsv({ title: 'Import' })).toEqual({
      status: 'refused',
      fileName: 'huge.csv',
      message: 'huge.csv is 3072 MB; Trellis reads CSV files up to 50 MB.',
    })
  })

  it('refuses a folder and a file that has gone, with a message instead of an error', async () => {
    const { folder, handlers, scripted } = await setUp()
    await mkdir(join(folder, 'exports.csv'))
    scripted.openPaths.push(join(folder, 'exports.csv'), join(folder, 'gone.csv'))
    expect(await handlers.pickCsv({ title: 'Import' })).toEqual({
      status: 'refused',
      fileName: 'exports.csv',
      message: 'exports.csv is not a file.',
    })
    expect(await handlers.pickCsv({ title: 'Import' })).toEqual({
      status: 'refused',
      fileName: 'gone.csv',
      message: 'gone.csv no longer exists where it was picked.',
    })
  })
})

describe('readCsvBytes and reparseCsv', () => {
  it('parses dropped bytes, then parses them again with the delimiter the user chose', async () => {
    const { handlers } = await setUp()
    const bytes = new TextEncoder().encode('Name;Team,Group\nAda;Core,A\n')
    const first = await handlers.readCsvBytes({ fileName: 'dropped.csv', bytes })
    expect(first).toMatchObject({ status: 'parsed', csv: { delimiter: ',' } })
    if (first.status !== 'parsed') return
    const again = await handlers.reparseCsv({ token: first.csv.token, delimiter: ';' })
    expect(again).toMatchObject({
      status: 'parsed',
      csv: { token: first.csv.token, delimiter: ';', headers: ['Name', 'Team,Group'] },
    })
  })

  it('also caches files picked through the dialog', async () => {
    const { handlers, scripted } = await setUp()
    scripted.openPaths.push(fixture('semicolon.csv'))
    const picked = await handlers.pickCsv({ title: 'Import' })
    if (picked.status !== 'parsed') throw new Error('expected a parse')
    expect(await handlers.reparseCsv({ token: picked.csv.token, delimiter: ',' })).toMatchObject({
      status: 'parsed',
      csv: { delimiter: ',', headers: ['Employee ID;Name;Bonus;Rate'] },
    })
  })

  it('refuses an unknown token, and one pushed out by five newer files', async () => {
    const { handlers } = await setUp()
    const gone = {
      status: 'refused',
      fileName: '',
      message: 'The file is no longer open; pick it again.',
    }
    expect(await handlers.reparseCsv({ token: 'nope', delimiter: ',' })).toEqual(gone)
    const tokens: string[] = []
    for (let index = 0; index < 6; index++) {
      const bytes = new TextEncoder().encode(`File,Number\nf,${index}\n`)
      const result = await handlers.readCsvBytes({ fileName: `f${index}.csv`, bytes })
      if (result.status === 'parsed') tokens.push(result.csv.token)
    }
    expect(await handlers.reparseCsv({ token: tokens[0] ?? '', delimiter: ',' })).toEqual(gone)
    expect(await handlers.reparseCsv({ token: tokens[1] ?? '', delimiter: ',' })).toMatchObject({
      status: 'parsed',
      csv: { fileName: 'f1.csv' },
    })
  })

  it('keeps separate caches for separate handler tables', async () => {
    const one = await setUp()
    const two = await setUp()
    const bytes = new TextEncoder().encode('a,b\n1,2\n')
    const result = await one.handlers.readCsvBytes({ fileName: 'a.csv', bytes })
    if (result.status !== 'parsed') throw new Error('expected a parse')
    expect(
      await two.handlers.reparseCsv({ token: result.csv.token, delimiter: ',' }),
    ).toMatchObject({ status: 'refused' })
  })
})

describe('readCsvText', () => {
  it('reads a block pasted from a spreadsheet as tab-separated UTF-8, and caches it', async () => {
    const { handlers } = await setUp()
    const text = 'Name\tRoast profiling\tCupping\nZoë Brennan\t3\tExpert\n'
    const result = await handlers.readCsvText({ fileName: 'Pasted block', text })
    expect(result).toMatchObject({
      status: 'parsed',
      csv: {
        fileName: 'Pasted block',
        encoding: 'utf-8',
        delimiter: '\t',
        byteLength: new TextEncoder().encode(text).byteLength,
        headers: ['Name', 'Roast profiling', 'Cupping'],
        rows: [['Zoë Brennan', '3', 'Expert']],
        problems: [],
      },
    })
    if (result.status !== 'parsed') return
    expect(await handlers.reparseCsv({ token: result.csv.token, delimiter: ',' })).toMatchObject({
      status: 'parsed',
      csv: { delimiter: ',', headers: ['Name\tRoast profiling\tCupping'] },
    })
  })

  it('refuses a paste that is only a header, saying why', async () => {
    const { handlers } = await setUp()
    expect(await handlers.readCsvText({ fileName: 'Pasted block', text: 'Name\tCupping' })).toEqual(
      {
        status: 'refused',
        fileName: 'Pasted block',
        message: 'The file has a header row but no data rows below it.',
      },
    )
  })
})

describe('saveCsv', () => {
  it('writes UTF-8 with a BOM, CRLF and protected formulas where the user chose', async () => {
    const { folder, handlers, scripted, asked } = await setUp()
    const target = join(folder, 'people.csv')
    scripted.savePaths.push(target)
    const rows = [
      ['Name', 'Note'],
      ['Zoë', '=1+1'],
      ['Ann, Jr.', 'said "hi"'],
    ]
    expect(
      await handlers.saveCsv({ suggestedName: 'people.csv', title: 'Export people', rows }),
    ).toEqual({ status: 'saved', fileName: 'people.csv' })
    expect(asked).toEqual([
      {
        title: 'Export people',
        defaultName: 'people.csv',
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      },
    ])
    expect(await readFile(target, 'utf8')).toBe(
      '\ufeffName,Note\r\nZoë,\'=1+1\r\n"Ann, Jr.","said ""hi"""\r\n',
    )

    scripted.openPaths.push(target)
    expect(await handlers.pickCsv({ title: 'Import' })).toMatchObject({
      status: 'parsed',
      csv: {
        encoding: 'utf-8-bom',
        headers: ['Name', 'Note'],
        rows: [
          ['Zoë', "'=1+1"],
          ['Ann, Jr.', 'said "hi"'],
        ],
      },
    })
  })

  it('writes nothing when the dialog is cancelled', async () => {
    const { folder, handlers, scripted } = await setUp()
    scripted.savePaths.push(null)
    expect(
      await handlers.saveCsv({ suggestedName: 'a.csv', title: 'Export', rows: [['a']] }),
    ).toEqual({ status: 'cancelled' })
    expect(await readdir(folder)).toEqual([])
  })
})
