import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createErrorLog, describeThrown, errorLogFileName } from './error-log'

let folder: string
const now = () => new Date('2026-03-04T05:06:07.000Z')

beforeEach(async () => {
  folder = join(await mkdtemp(join(tmpdir(), 'trellis-log-')), 'logs')
})
afterEach(async () => {
  await rm(join(folder, '..'), { recursive: true, force: true })
})

async function readLines(name: string): Promise<Array<Record<string, unknown>>> {
  const text = await readFile(join(folder, name), 'utf8')
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}

describe('error log', () => {
  it('creates its folder and appends one JSON line per error', async () => {
    const log = createErrorLog({ folder, appVersion: '1.2.3', now })
    expect(log.record({ source: 'main', kind: 'error', message: 'Boom', stack: 'at x' })).toBe(true)
    log.record({ source: 'renderer', kind: 'unhandled-rejection', message: 'Later' })
    expect(await readLines(errorLogFileName)).toEqual([
      {
        time: '2026-03-04T05:06:07.000Z',
        version: '1.2.3',
        source: 'main',
        kind: 'error',
        message: 'Boom',
        stack: 'at x',
      },
      {
        time: '2026-03-04T05:06:07.000Z',
        version: '1.2.3',
        source: 'renderer',
        kind: 'unhandled-rejection',
        message: 'Later',
      },
    ])
  })

  it('rotates past the size cap and keeps at most maxFiles files, dropping the oldest', async () => {
    const log = createErrorLog({ folder, appVersion: '1', now, maxBytes: 300, maxFiles: 3 })
    // Each line is ~150 bytes, so every second write starts a new file.
    for (let index = 1; index <= 8; index += 1) {
      log.record({ source: 'main', kind: 'error', message: `error ${index} ${'x'.repeat(40)}` })
    }
    expect((await readdir(folder)).sort()).toEqual([
      'trellis.1.log',
      'trellis.2.log',
      'trellis.log',
    ])
    const messages = async (name: string) =>
      (await readLines(name)).map((line) => String(line.message).split(' ').slice(0, 2).join(' '))
    expect(await messages('trellis.log')).toEqual(['error 7', 'error 8'])
    expect(await messages('trellis.1.log')).toEqual(['error 5', 'error 6'])
    expect(await messages('trellis.2.log')).toEqual(['error 3', 'error 4'])
  })

  it('replaces the home folder with ~ and caps long texts', async () => {
    const log = createErrorLog({ folder, appVersion: '1', now, homeDir: '/home/alice' })
    log.record({
      source: 'main',
      kind: 'error',
      message: `Cannot read /home/alice/notes.txt ${'y'.repeat(5000)}`,
      stack: 'at run (/home/alice/app/main.js:1:2)',
    })
    const [line] = await readLines(errorLogFileName)
    expect(String(line?.message).startsWith('Cannot read ~/notes.txt')).toBe(true)
    expect(String(line?.message)).toHaveLength(2000)
    expect(line?.stack).toBe('at run (~/app/main.js:1:2)')
  })

  it('reports failure instead of throwing when the folder cannot be written', () => {
    const log = createErrorLog({ folder: '/dev/null/logs', appVersion: '1', now })
    expect(log.record({ source: 'main', kind: 'error', message: 'x' })).toBe(false)
  })

  it('describes thrown errors and thrown values', () => {
    const error = new TypeError('bad')
    expect(describeThrown('main', 'error', error)).toEqual({
      source: 'main',
      kind: 'error',
      message: 'TypeError: bad',
      stack: error.stack,
    })
    expect(describeThrown('main', 'unhandled-rejection', 42)).toEqual({
      source: 'main',
      kind: 'unhandled-rejection',
      message: '42',
    })
  })
})
