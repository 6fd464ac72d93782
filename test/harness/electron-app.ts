import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { _electron, type ElectronApplication, type Page } from '@playwright/test'
import { menuCommandChannel, type MenuCommand } from '../../src/shared/contract'

/**
 * The Electron binary, or null where it was never downloaded (as on the build machines).
 * Reads what the electron package would, without `require('electron')`, which tries to download.
 */
export function findElectronBinary(): string | null {
  const packageFolder = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  const pathFile = join(packageFolder, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  const candidate = override
    ? join(override, relative ?? 'electron')
    : relative
      ? join(packageFolder, 'dist', relative)
      : null
  return candidate && existsSync(candidate) ? candidate : null
}

export const electronMissingMessage =
  'Electron binary not available on this machine (it cannot be downloaded here); ' +
  'the same specs run through the harness project. Run `npm run test:e2e:electron` where Electron is installed.'

export async function launchElectronApp(): Promise<{
  electronApp: ElectronApplication
  page: Page
  tempDir: string
  close(): Promise<void>
}> {
  const executablePath = findElectronBinary()
  if (!executablePath) throw new Error(electronMissingMessage)
  const tempDir = await mkdtemp(join(tmpdir(), 'trellis-electron-'))
  const electronApp = await _electron.launch({
    executablePath,
    args: ['.'],
    env: { ...process.env, TRELLIS_USER_DATA: join(tempDir, 'user-data') },
  })
  const page = await electronApp.firstWindow()
  return {
    electronApp,
    page,
    tempDir,
    async close() {
      await electronApp.close()
      await rm(tempDir, { recursive: true, force: true })
    },
  }
}

/** Dialog answers in real Electron: the next call of each dialog function returns the scripted value. */
export async function scriptElectronDialog(
  electronApp: ElectronApplication,
  kind: 'save' | 'open' | 'open-many' | 'confirm',
  answer: string | string[] | boolean | null,
): Promise<void> {
  await electronApp.evaluate(
    ({ dialog }, [dialogKind, value]) => {
      if (dialogKind === 'save') {
        dialog.showSaveDialog = (async () => ({
          canceled: value === null,
          filePath: value ?? '',
        })) as never
      } else if (dialogKind === 'open') {
        dialog.showOpenDialog = (async () => ({
          canceled: value === null,
          filePaths: value ? [value] : [],
        })) as never
      } else if (dialogKind === 'open-many') {
        dialog.showOpenDialog = (async () => ({
          canceled: value === null,
          filePaths: value ?? [],
        })) as never
      } else {
        dialog.showMessageBox = (async () => ({
          response: value ? 0 : 1,
          checkboxChecked: false,
        })) as never
      }
    },
    [kind, answer] as [string, never],
  )
}

export async function sendElectronMenuCommand(
  electronApp: ElectronApplication,
  command: MenuCommand,
): Promise<void> {
  await electronApp.evaluate(
    ({ BrowserWindow }, [channel, payload]) =>
      BrowserWindow.getAllWindows()[0]?.webContents.send(channel, payload),
    [menuCommandChannel, command] as const,
  )
}
