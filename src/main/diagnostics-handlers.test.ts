import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createTestPorts } from '../../test/support/test-ports'
import { createHandlers } from './handlers'
import { createInvoker } from './ipc'

const page = 'file:///opt/Trellis/out/renderer/index.html'

async function setUp() {
  const folder = await mkdtemp(join(tmpdir(), 'trellis-diag-'))
  const test = createTestPorts(join(folder, 'user-data'))
  const invoke = createInvoker(createHandlers(test.ports), (url) => url === page)
  return { folder, test, invoke }
}

describe('diagnostics operations', () => {
  it('writes a renderer error to the log file in the user-data folder', async () => {
    const { folder, invoke } = await setUp()
    const result = await invoke(
      'reportError',
      { kind: 'error', message: 'TypeError: x is undefined', stack: 'at render' },
      page,
    )
    expect(result).toEqual({ ok: true, value: { isLogged: true } })
    const line = JSON.parse(await readFile(join(folder, 'user-data/logs/trellis.log'), 'utf8'))
    expect(line).toMatchObject({ source: 'renderer', kind: 'error', stack: 'at render' })
    await rm(folder, { recursive: true, force: true })
  })

  it('refuses an oversized or malformed report before anything is written', async () => {
    const { folder, invoke } = await setUp()
    const bad = [
      { kind: 'error', message: 'x'.repeat(2001) },
      { kind: 'crash', message: 'x' },
      { kind: 'error', message: 'x', path: '/etc/passwd' },
    ]
    for (const input of bad) {
      const result = await invoke('reportError', input, page)
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    }
    await expect(readFile(join(folder, 'user-data/logs/trellis.log'))).rejects.toThrow()
    await rm(folder, { recursive: true, force: true })
  })

  it('opens the log folder, creating it when nothing was logged yet', async () => {
    const { folder, test, invoke } = await setUp()
    expect(await invoke('openLogFolder', {}, page)).toEqual({ ok: true, value: { isOpened: true } })
    expect(test.openedPaths).toEqual([join(folder, 'user-data/logs')])
    await rm(folder, { recursive: true, force: true })
  })
})
