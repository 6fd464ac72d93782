import { BrowserWindow, session, shell } from 'electron'
import { isAllowedExternalUrl, isAppPageUrl, type AppEntry } from './security'

export const secureWebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: true,
} as const

/** Denies every permission (camera, notifications from the page, geolocation...): main shows notifications itself. */
export function denyAllPermissions(target = session.defaultSession): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  target.setPermissionCheckHandler(() => false)
}

export function createMainWindow(options: { preloadPath: string; entry: AppEntry }): BrowserWindow {
  const { preloadPath, entry } = options
  const window = new BrowserWindow({
    width: 1320,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Trellis',
    backgroundColor: '#f7f7f4',
    autoHideMenuBar: false,
    webPreferences: { ...secureWebPreferences, preload: preloadPath },
  })

  const blockForeignNavigation = (event: { preventDefault(): void; url: string }): void => {
    if (!isAppPageUrl(event.url, entry)) event.preventDefault()
  }
  window.webContents.on('will-navigate', blockForeignNavigation)
  window.webContents.on('will-frame-navigate', blockForeignNavigation)
  window.webContents.on('will-redirect', blockForeignNavigation)
  window.webContents.on('will-attach-webview', (event) => event.preventDefault())
  window.webContents.setWindowOpenHandler(({ url }) => {
    // Links open in the user's browser only when they are safe to hand over; the app never opens windows.
    if (isAllowedExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  window.once('ready-to-show', () => window.show())

  void window.loadURL(entry.url)
  return window
}
