import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ipcMain } from '../../test/stubs/electron'
import { describe, expect, it } from 'vitest'
import { contract, operationNames } from '../shared/contract'
import { createTestPorts } from '../../test/support/test-ports'
import { createHandlers, type HandlerTable } from './handlers'
import { createInvoker, registerIpcHandlers, type IpcMainLike } from './ipc'
import { isAppPageUrl } from './security'

const entry = { kind: 'file', url: 'file:///opt/Trellis/out/renderer/index.html' } as const
const appPage = `${entry.url}#/settings`

function setUp() {
  const calls: string[] = []
  const test = createTestPorts('/tmp/user-data')
  const real = createHandlers(test.ports)
  // Wrap each real handler to record whether it ran at all.
  const handlers = Object.fromEntries(
    operationNames.map((name) => [
      name,
      (input: never) => {
        calls.push(name)
        return (real[name] as (input: never) => Promise<unknown>)(input)
      },
    ]),
  ) as unknown as HandlerTable
  registerIpcHandlers(
    ipcMain as unknown as IpcMainLike,
    createInvoker(handlers, (url) => isAppPageUrl(url, entry)),
  )
  const call = (channel: string, senderFrame: { url: string } | null, input: unknown) =>
    (ipcMain.handlers.get(channel) as (e: unknown, i: unknown) => Promise<unknown>)(
      { senderFrame },
      input,
    )
  return { calls, call, test }
}

describe('IPC boundary', () => {
  it('registers exactly the contract channels', () => {
    setUp()
    expect([...ipcMain.handlers.keys()].sort()).toEqual(
      operationNames.map((name) => contract[name].channel).sort(),
    )
  })

  it('answers the app page', async () => {
    const { call, calls } = setUp()
    const result = await call('app:get-info', { url: appPage }, {})
    expect(result).toMatchObject({ ok: true, value: { name: 'Trellis', version: '0.0.0-test' } })
    expect(calls).toEqual(['getAppInfo'])
  })

  it('rejects a foreign frame and a missing frame before the handler runs', async () => {
    const { call, calls } = setUp()
    for (const frame of [{ url: 'https://example.com/' }, { url: 'file:///tmp/evil.html' }, null]) {
      const result = await call('app:get-info', frame, {})
      expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'forbidden' }) })
    }
    expect(calls).toEqual([])
  })

  it('rejects malformed payloads before the handler runs', async () => {
    const { call, calls } = setUp()
    const bad: Array<[string, unknown]> = [
      ['app:get-info', { extra: true }],
      ['dialog:confirm', { title: 'x' }],
      ['dialog:confirm', 'not an object'],
      ['notification:show', { title: 42, body: '' }],
      ['workspace:export-file', { suggestedName: '../../etc/passwd', text: '{}' }],
      ['workspace:export-file', { suggestedName: 'a.json', text: '{}', path: '/etc/passwd' }],
    ]
    for (const [channel, input] of bad) {
      const result = await call(channel, { url: appPage }, input)
      expect(result, channel).toEqual({
        ok: false,
        error: expect.objectContaining({ code: 'invalid-input' }),
      })
    }
    expect(calls).toEqual([])
  })

  it('turns a failing handler into an error message, not a crash', async () => {
    const { call, test } = setUp()
    test.dialogs.openPaths.push('/nonexistent/folder/file.json')
    const result = await call('workspace:open-file', { url: appPage }, {})
    expect(result).toEqual({
      ok: false,
      error: { code: 'failed', message: expect.stringContaining('ENOENT') },
    })
  })

  it('opens only allowed external links', async () => {
    const { call, test } = setUp()
    expect(
      await call('app:open-external', { url: appPage }, { url: 'file:///etc/passwd' }),
    ).toEqual({
      ok: true,
      value: { isOpened: false },
    })
    await call('app:open-external', { url: appPage }, { url: 'https://example.com/guide' })
    expect(test.openedExternal).toEqual(['https://example.com/guide'])
  })
})

describe('workspace files', () => {
  it('writes the export where the user chose and reads a file back', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'trellis-ipc-'))
    const { call, test } = setUp()
    const target = join(folder, 'Acme.trellis.json')
    test.dialogs.savePaths.push(target)
    const saved = await call(
      'workspace:export-file',
      { url: appPage },
      { suggestedName: 'Acme.trellis.json', text: '{"a":1}' },
    )
    expect(saved).toEqual({ ok: true, value: { status: 'saved', fileName: 'Acme.trellis.json' } })
    expect(await readFile(target, 'utf8')).toBe('{"a":1}')

    await writeFile(join(folder, 'bom.json'), '\ufeff{"b":2}')
    test.dialogs.openPaths.push(join(folder, 'bom.json'))
    const opened = await call('workspace:open-file', { url: appPage }, {})
    expect(opened).toEqual({
      ok: true,
      value: { status: 'opened', fileName: 'bom.json', text: '{"b":2}' },
    })
  })

  it('reports a cancelled dialog and writes nothing', async () => {
    const { call, test } = setUp()
    test.dialogs.savePaths.push(null)
    expect(
      await call('workspace:export-file', { url: appPage }, { suggestedName: 'a.json', text: '' }),
    ).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    })
  })
})
