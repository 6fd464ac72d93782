import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from '@playwright/test'
import { generateLargeSample } from '../../src/shared/domain/sample/large'
import {
  readWorkspaceFile,
  serializeWorkspace,
} from '../../src/shared/domain/workspace/file-format'
import { countRecords } from '../../src/shared/model'
import { openHarnessAppOnDisk } from '../harness/launch'
import { startOwnWorkspace, watchLongTasks } from './bench-app'

export interface WorkspaceFileTimings {
  megabytes: number
  records: number
  /** File chosen to the new workspace open and announced: parse, check and write, in the worker. */
  openMs: number
  /** The longest task on the page's thread meanwhile (the worker keeps it free). */
  longestTaskMs: number
  /** Parsing and checking the file alone, in Node (what the worker does before writing). */
  checkMs: number
  /**
   * The floor: the same records put by the raw IndexedDB API in one transaction into a fresh
   * database with the same stores, keys and indexes, in the same browser.
   */
  rawWriteMs: number
}

/** Copies the largest workspace database into a fresh one in one transaction, timed. */
const rawWorkspaceWrite = `(async () => {
  const request = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error) })
  const infos = await indexedDB.databases()
  let source = null, most = -1
  for (const info of infos.filter((i) => i.name && i.name.startsWith('trellis-workspace-'))) {
    const db = await request(indexedDB.open(info.name))
    const count = db.objectStoreNames.contains('assessments') ? await request(db.transaction('assessments').objectStore('assessments').count()) : 0
    if (count > most) { if (source) source.close(); source = db; most = count } else db.close()
  }
  const stores = []
  for (const name of source.objectStoreNames) {
    const store = source.transaction(name).objectStore(name)
    stores.push({
      name, keyPath: store.keyPath, autoIncrement: store.autoIncrement,
      indexes: [...store.indexNames].map((index) => { const i = store.index(index); return { name: index, keyPath: i.keyPath, unique: i.unique, multiEntry: i.multiEntry } }),
      values: await request(store.getAll()),
    })
  }
  source.close()
  const open = indexedDB.open('bench-raw-workspace-' + Date.now(), 1)
  open.onupgradeneeded = () => {
    for (const s of stores) {
      const store = open.result.createObjectStore(s.name, { keyPath: s.keyPath, autoIncrement: s.autoIncrement })
      for (const i of s.indexes) store.createIndex(i.name, i.keyPath, i)
    }
  }
  const target = await request(open)
  const started = performance.now()
  await new Promise((resolve, reject) => {
    const t = target.transaction(stores.map((s) => s.name), 'readwrite')
    for (const s of stores) { const store = t.objectStore(s.name); for (const value of s.values) store.put(value) }
    t.oncomplete = resolve
    t.onerror = () => reject(t.error)
  })
  const elapsed = performance.now() - started
  target.close()
  indexedDB.deleteDatabase(target.name)
  return { elapsed, records: stores.reduce((sum, s) => sum + s.values.length, 0) }
})()`

/**
 * Opens the realistic workspace (the large sample: 200 people, five years) from its
 * `.trellis.json` through File → Import workspace…, on disk as in Electron.
 */
export async function measureRealisticWorkspaceFile(): Promise<WorkspaceFileTimings> {
  const data = generateLargeSample({ today: '2026-11-23' })
  const text = serializeWorkspace({
    workspaceName: 'Realistic',
    appVersion: 'bench',
    exportedAt: '2026-11-23T12:00:00.000Z',
    data,
  })
  const folder = await mkdtemp(join(tmpdir(), 'trellis-bench-'))
  const file = join(folder, 'realistic.trellis.json')
  await writeFile(file, text, 'utf8')
  const records = Object.values(countRecords(data)).reduce((sum, count) => sum + count, 0)
  const app = await openHarnessAppOnDisk({ viewport: { width: 1440, height: 900 } })
  const { page } = app
  try {
    await startOwnWorkspace(page)
    await page.evaluate(watchLongTasks)
    app.dialogs.openPaths.push(file)
    const started = Date.now()
    await app.emitMenuCommand('workspace:import')
    await page.waitForFunction(
      () => document.body.innerText.includes('Imported realistic.trellis.json'),
      undefined,
      { polling: 100, timeout: 300_000 },
    )
    const openMs = Date.now() - started
    const longestTaskMs = (await page.evaluate('window.__longestTask')) as number
    const raw = (await page.evaluate(rawWorkspaceWrite)) as { elapsed: number; records: number }
    const checkStarted = performance.now()
    expect(readWorkspaceFile(text).ok).toBe(true)
    const checkMs = performance.now() - checkStarted
    return {
      megabytes: text.length / 1024 / 1024,
      records,
      openMs,
      longestTaskMs,
      checkMs,
      rawWriteMs: raw.elapsed,
    }
  } finally {
    await app.close()
  }
}
