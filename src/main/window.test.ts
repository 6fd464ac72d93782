import { pathToFileURL } from 'node:url'
import { type BrowserWindow, session, shell } from '../../test/stubs/electron'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMainWindow, denyAllPermissions } from './window'

type StubWindow = InstanceType<typeof BrowserWindow> & {
  options: { webPreferences: Record<string, unknown> }
  webContents: {
    emitNavigation(event: string, url: string): { isPrevented: boolean }
    windowOpenHandler: ((details: { url: string }) => { action: string }) | null
  }
}

const appUrl = pathToFileURL('/opt/Trellis/resources/app/out/renderer/index.html').href

function openWindow(): StubWindow {
  return createMainWindow({
    preloadPath: '/opt/Trellis/out/preload/index.cjs',
    entry: { kind: 'file', url: appUrl },
  }) as unknown as StubWindow
}

describe('main window', () => {
  beforeEach(() => {
    shell.opened.length = 0
  })

  it('uses every secure default', () => {
    const prefs = openWindow().options.webPreferences
    expect(prefs.contextIsolation).toBe(true)
    expect(prefs.sandbox).toBe(true)
    expect(prefs.nodeIntegration).toBe(false)
    expect(prefs.nodeIntegrationInWorker).toBe(false)
    expect(prefs.nodeIntegrationInSubFrames).toBe(false)
    expect(prefs.webSecurity).toBe(true)
    expect(prefs.allowRunningInsecureContent).toBe(false)
    expect(prefs.webviewTag).toBe(false)
    expect(prefs.preload).toBe('/opt/Trellis/out/preload/index.cjs')
  })

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'blocks %s away from the app page',
    (event) => {
      const window = openWindow()
      for (const url of [
        'https://example.com',
        'file:///etc/passwd',
        'javascript:alert(1)',
        `${appUrl.replace('index.html', 'other.html')}`,
        'file://evil.example/opt/Trellis/resources/app/out/renderer/index.html',
      ]) {
        expect(window.webContents.emitNavigation(event, url), url).toEqual({ isPrevented: true })
      }
      expect(window.webContents.emitNavigation(event, `${appUrl}#/people`)).toEqual({
        isPrevented: false,
      })
    },
  )

  it('denies window.open and hands only safe links to the system', () => {
    const handler = openWindow().webContents.windowOpenHandler
    expect(handler).not.toBeNull()
    expect(handler!({ url: 'https://example.com/help' })).toEqual({ action: 'deny' })
    expect(handler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    expect(handler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' })
    expect(shell.opened).toEqual(['https://example.com/help'])
  })

  it('denies every permission request and check', () => {
    denyAllPermissions()
    const fake = session.defaultSession as unknown as {
      permissionRequestHandler: (c: unknown, p: string, cb: (v: boolean) => void) => void
      permissionCheckHandler: () => boolean
    }
    const answers: boolean[] = []
    fake.permissionRequestHandler(null, 'media', (value) => answers.push(value))
    fake.permissionRequestHandler(null, 'notifications', (value) => answers.push(value))
    expect(answers).toEqual([false, false])
    expect(fake.permissionCheckHandler()).toBe(false)
  })
})
