import { contextBridge, ipcRenderer } from '../../test/stubs/electron'
import { describe, expect, it } from 'vitest'
import { contract, operationNames } from '../shared/contract'
import { createDesktopApi, DesktopApiError } from './api'

describe('preload', () => {
  it('exposes only window.api with one function per operation, never ipcRenderer', async () => {
    await import('./index')
    expect([...contextBridge.exposed.keys()]).toEqual(['api'])
    const api = contextBridge.exposed.get('api') as Record<string, unknown>
    expect(Object.keys(api).sort()).toEqual([...operationNames, 'onMenuCommand'].sort())
    for (const value of Object.values(api)) expect(typeof value).toBe('function')
    expect(Object.values(api)).not.toContain(ipcRenderer)
  })

  it('sends each operation on its contract channel', async () => {
    const api = contextBridge.exposed.get('api') as { getAppInfo(): Promise<unknown> }
    await api.getAppInfo()
    expect(ipcRenderer.invoked.at(-1)).toEqual({ channel: contract.getAppInfo.channel, input: {} })
  })

  it('turns an error envelope into a DesktopApiError with the main process message', async () => {
    const api = createDesktopApi(
      async () => ({ ok: false, error: { code: 'invalid-input', message: 'Bad title' } }),
      () => () => {},
    )
    await expect(api.confirm({ title: '', message: 'm', confirmLabel: 'OK' })).rejects.toEqual(
      new DesktopApiError({ code: 'invalid-input', message: 'Bad title' }),
    )
  })

  it('passes only known menu commands to the page', () => {
    let deliver: (payload: unknown) => void = () => {}
    const api = createDesktopApi(
      async () => ({ ok: true, value: null }),
      (_channel, listener) => {
        deliver = listener
        return () => {}
      },
    )
    const received: string[] = []
    api.onMenuCommand((command) => received.push(command))
    deliver('help:about')
    deliver('rm -rf')
    deliver({ command: 'help:about' })
    expect(received).toEqual(['help:about'])
  })
})
