import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from '@playwright/test'
import Papa from 'papaparse'
import { readCsvFromBytes } from '../../src/main/services/csv/read-csv'
import { openHarnessAppOnDisk } from '../harness/launch'
import { startOwnWorkspace } from './bench-app'

const fixture = join(process.cwd(), 'test', 'fixtures', 'csv', 'roster-10000.csv')

/**
 * Main's side of the read, medians of 5: decoding and parsing alone (what compares with
 * papaparse), and with the structured clone Electron's IPC adds (the harness's HTTP is slower).
 */
export async function timeMainRead(): Promise<{ parseMs: number; withCloneMs: number }> {
  const bytes = new Uint8Array(await readFile(fixture))
  const parseRuns: number[] = []
  const cloneRuns: number[] = []
  for (let run = 0; run < 5; run += 1) {
    const started = performance.now()
    const result = readCsvFromBytes('roster-10000.csv', bytes)
    const parsed = performance.now()
    structuredClone(result)
    parseRuns.push(parsed - started)
    cloneRuns.push(performance.now() - started)
  }
  return { parseMs: median(parseRuns), withCloneMs: median(cloneRuns) }
}

export interface ImportTimings {
  /** Picked file decoded and parsed in main, over the IPC boundary, into the wizard. */
  readMs: number
  /** Cleaning, validation, matching and planning in the renderer. */
  prepareMs: number
  /** The one transaction that writes the people. */
  commitMs: number
  totalMs: number
  papaparseMs: number
  /**
   * The floor: the same person records the import wrote, put by the raw IndexedDB API in one
   * transaction into a fresh database whose people store has the same key and indexes.
   */
  rawWriteMs: number
}

/**
 * Copies the committed people into a fresh database in one transaction and times it. A string,
 * so tsx does not wrap its functions in a __name() the page lacks.
 */
const rawPeopleWrite = `(async () => {
  const infos = await indexedDB.databases()
  const name = infos.map((info) => info.name).find((n) => n && n.startsWith('trellis-workspace-'))
  const source = await new Promise((resolve, reject) => {
    const request = indexedDB.open(name)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
  const read = source.transaction('people', 'readonly').objectStore('people')
  const indexes = [...read.indexNames].map((index) => {
    const found = read.index(index)
    return { name: index, keyPath: found.keyPath, unique: found.unique, multiEntry: found.multiEntry }
  })
  const keyPath = read.keyPath
  const people = await new Promise((resolve, reject) => {
    const request = read.getAll()
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
  source.close()
  const target = await new Promise((resolve, reject) => {
    const request = indexedDB.open('bench-raw-write-' + Date.now(), 1)
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('people', { keyPath })
      for (const index of indexes) store.createIndex(index.name, index.keyPath, index)
    }
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
  const started = performance.now()
  await new Promise((resolve, reject) => {
    const transaction = target.transaction('people', 'readwrite')
    const store = transaction.objectStore('people')
    for (const person of people) store.put(person)
    transaction.oncomplete = resolve
    transaction.onerror = () => reject(transaction.error)
  })
  const elapsed = performance.now() - started
  target.close()
  indexedDB.deleteDatabase(target.name)
  return { elapsed, count: people.length }
})()`

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** Papaparse alone on the same text, in this process: the floor the import is compared with. */
async function timePapaparse(): Promise<number> {
  const text = await readFile(fixture, 'utf8')
  const runs: number[] = []
  for (let run = 0; run < 5; run += 1) {
    const started = performance.now()
    Papa.parse(text, { skipEmptyLines: 'greedy' })
    runs.push(performance.now() - started)
  }
  return median(runs)
}

/** The columns the value-mapped run saves as custom group fields, mapped value by value. */
const groupColumns = ['Contract', 'Shift', 'Grade', 'Country']

/**
 * The same 10,000 rows as an HR tool writes them: statuses in its words with stray case and
 * spaces ("ACTIVE ", "Leave of Absence", "Voluntarily Terminated", "Terminated for Cause").
 */
async function writeValueMappedFixture(): Promise<string> {
  const parsed = Papa.parse<string[]>(await readFile(fixture, 'utf8'), { skipEmptyLines: 'greedy' })
  const [headers, ...rows] = parsed.data
  const status = headers!.indexOf('Status')
  const words: Record<string, string[]> = {
    Active: ['Active', 'ACTIVE ', ' active'],
    'On leave': ['Leave of Absence', 'On Leave'],
    Terminated: ['Voluntarily Terminated', 'Terminated for Cause'],
  }
  rows.forEach((cells, index) => {
    const choices = words[cells[status]!]
    if (choices) cells[status] = choices[index % choices.length]!
  })
  const folder = await mkdtemp(join(tmpdir(), 'trellis-bench-'))
  const file = join(folder, 'roster-10000-hr-words.csv')
  await writeFile(file, Papa.unparse([headers!, ...rows]), 'utf8')
  return file
}

/**
 * Machine time from the file being picked to the rows committed, for the 10,000-row, 20-column
 * fixture, read from the marks the app sets. The clicks between the steps are the user's time.
 * `valueMapped` imports the same rows with statuses in an HR tool's words and four more columns
 * saved as group fields, each mapped value by value (one value renamed): the value mapping's cost.
 */
export async function measureRosterImport(
  options: { valueMapped?: boolean } = {},
): Promise<ImportTimings> {
  const file = options.valueMapped ? await writeValueMappedFixture() : fixture
  // On disk, as in Electron: see openHarnessAppOnDisk.
  const app = await openHarnessAppOnDisk({ viewport: { width: 1440, height: 900 } })
  const { page } = app
  try {
    await startOwnWorkspace(page)
    await page.evaluate(() => (window.location.hash = '/people/import'))
    app.dialogs.openPaths.push(file)
    await page.getByRole('button', { name: 'Choose a CSV file…' }).click()
    await page.getByRole('button', { name: 'Continue to columns' }).click()
    if (options.valueMapped) {
      for (const header of groupColumns) {
        await page
          .getByLabel(`Save column “${header}” as`)
          .selectOption({ label: `Custom field “${header}”` })
      }
    }
    const onward = page.getByRole('button', { name: /^Continue to (values|review)$/ })
    if ((await onward.textContent()) === 'Continue to values') await onward.click()
    if (options.valueMapped) {
      await page.getByLabel('What “Part time” in Contract means').fill('Part-time')
      await expect(page.getByLabel('What “Leave of Absence” in Status means')).toHaveValue('active')
    }
    await page.getByRole('button', { name: 'Continue to review' }).click()
    await page.getByRole('button', { name: 'Import 10000 people' }).click()
    // Poll a mark, not the page: role queries walk the accessibility tree on the page's own thread.
    await page.waitForFunction(
      () => performance.getEntriesByName('trellis:import-commit-end').length > 0,
      undefined,
      { polling: 250, timeout: 60_000 },
    )
    // No helper functions inside evaluate: tsx would wrap them in a __name() the page lacks.
    const marks = await page.evaluate(() => {
      const [pick, loaded, rows, plan, commitStart, commitEnd] = [
        'trellis:import-pick-start',
        'trellis:import-file-loaded',
        'trellis:import-rows',
        'trellis:import-plan',
        'trellis:import-commit-start',
        'trellis:import-commit-end',
      ].map((name) => performance.getEntriesByName(name).at(-1))
      return {
        readMs: (loaded?.startTime ?? NaN) - (pick?.startTime ?? NaN),
        prepareMs: (rows?.duration ?? NaN) + (plan?.duration ?? NaN),
        commitMs: (commitEnd?.startTime ?? NaN) - (commitStart?.startTime ?? NaN),
      }
    })
    const totalMs = marks.readMs + marks.prepareMs + marks.commitMs
    const raw = (await page.evaluate(rawPeopleWrite)) as { elapsed: number; count: number }
    expect(raw.count).toBe(10_000)
    return { ...marks, totalMs, papaparseMs: await timePapaparse(), rawWriteMs: raw.elapsed }
  } finally {
    await app.close()
  }
}
