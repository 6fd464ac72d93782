import { BrowserWindow, Notification, app, dialog, safeStorage, shell } from 'electron'
import type { Ports, SecretPort } from './ports'
import type { ErrorLog } from './services/error-log'

function focusedWindow(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
}

export function createElectronPorts(errorLog: ErrorLog): Ports {
  return {
    appInfo: {
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      userDataPath: app.getPath('userData'),
      isPackaged: app.isPackaged,
    },
    dialogs: {
      async confirm({ title, message, detail, confirmLabel, isDestructive }) {
        const options = {
          type: isDestructive ? ('warning' as const) : ('question' as const),
          title,
          message,
          detail,
          buttons: [confirmLabel, 'Cancel'],
          defaultId: isDestructive ? 1 : 0,
          cancelId: 1,
          noLink: true,
        }
        const window = focusedWindow()
        const result = window
          ? await dialog.showMessageBox(window, options)
          : await dialog.showMessageBox(options)
        return result.response === 0
      },
      async chooseSavePath({ title, defaultName, filters }) {
        const options = {
          title,
          defaultPath: `${app.getPath('documents')}/${defaultName}`,
          filters,
        }
        const window = focusedWindow()
        const result = window
          ? await dialog.showSaveDialog(window, options)
          : await dialog.showSaveDialog(options)
        return result.canceled || !result.filePath ? null : result.filePath
      },
      async chooseOpenPath({ title, filters }) {
        const options = { title, filters, properties: ['openFile' as const] }
        const window = focusedWindow()
        const result = window
          ? await dialog.showOpenDialog(window, options)
          : await dialog.showOpenDialog(options)
        return result.canceled ? null : (result.filePaths[0] ?? null)
      },
      async chooseOpenPaths({ title, filters }) {
        const options = {
          title,
          filters,
          properties: ['openFile' as const, 'multiSelections' as const],
        }
        const window = focusedWindow()
        const result = window
          ? await dialog.showOpenDialog(window, options)
          : await dialog.showOpenDialog(options)
        return result.canceled || result.filePaths.length === 0 ? null : result.filePaths
      },
      async chooseFolder({ title }) {
        const options = {
          title,
          defaultPath: app.getPath('documents'),
          properties: ['openDirectory' as const, 'createDirectory' as const],
        }
        const window = focusedWindow()
        const result = window
          ? await dialog.showOpenDialog(window, options)
          : await dialog.showOpenDialog(options)
        return result.canceled ? null : (result.filePaths[0] ?? null)
      },
    },
    notifications: {
      show(title, body) {
        if (!Notification.isSupported()) return false
        new Notification({ title, body, silent: false }).show()
        return true
      },
    },
    shell: {
      openExternal: (url) => shell.openExternal(url),
      openPath: (path) => shell.openPath(path),
    },
    secrets: createSafeStoragePort(),
    errorLog,
  }
}

function createSafeStoragePort(): SecretPort {
  return {
    async isAvailable() {
      if (!(await safeStorage.isAsyncEncryptionAvailable())) return false
      // Without a keyring Linux falls back to a key written in Chromium's source: plain text in effect.
      return (
        process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'
      )
    },
    async seal(text) {
      return (await safeStorage.encryptStringAsync(text)).toString('base64')
    },
    async open(sealed) {
      return (await safeStorage.decryptStringAsync(Buffer.from(sealed, 'base64'))).result
    },
  }
}
