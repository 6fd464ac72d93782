import { homedir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { type BrowserWindow, Menu, app, ipcMain } from 'electron'
import { menuCommandChannel } from '../shared/contract'
import { installCrashLogging } from './crash-logging'
import { createElectronPorts } from './electron-ports'
import { createHandlers } from './handlers'
import { createInvoker, registerIpcHandlers } from './ipc'
import { buildMenuTemplate } from './menu'
import { isAppPageUrl, type AppEntry } from './security'
import { createErrorLog, describeThrown } from './services/error-log'
import { resolveUserDataPath } from './user-data'
import { createMainWindow, denyAllPermissions } from './window'

// Before anything reads a path: pin the user-data folder.
app.setPath('userData', resolveUserDataPath(app.getPath('appData'), process.env))
const errorLog = createErrorLog({
  folder: join(app.getPath('userData'), 'logs'),
  appVersion: app.getVersion(),
  now: () => new Date(),
  homeDir: homedir(),
})
installCrashLogging(errorLog)

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const entry: AppEntry = devServerUrl
  ? { kind: 'dev-server', url: devServerUrl }
  : { kind: 'file', url: pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href }

let mainWindow: BrowserWindow | null = null

function showMainWindow(): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
    return
  }
  mainWindow = createMainWindow({
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    entry,
  })
  mainWindow.on('closed', () => (mainWindow = null))
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', showMainWindow)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', showMainWindow)
  void app.whenReady().then(() => {
    denyAllPermissions()
    const invoke = createInvoker(
      createHandlers(createElectronPorts(errorLog)),
      (url) => isAppPageUrl(url, entry),
      (operation, error) => {
        errorLog.record(describeThrown('main', 'error', error))
        console.error(`[ipc] ${operation} failed`, error)
      },
    )
    registerIpcHandlers(ipcMain, invoke)
    const template = buildMenuTemplate({
      isMac: process.platform === 'darwin',
      isDev: Boolean(devServerUrl),
      send: (command) => mainWindow?.webContents.send(menuCommandChannel, command),
    })
    Menu.setApplicationMenu(Menu.buildFromTemplate(template))
    showMainWindow()
  })
}
