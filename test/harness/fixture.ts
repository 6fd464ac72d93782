import { test as base, expect, type Browser, type Page } from '@playwright/test'
import type { MenuCommand } from '../../src/shared/contract'
import {
  electronMissingMessage,
  findElectronBinary,
  launchElectronApp,
  scriptElectronDialog,
  sendElectronMenuCommand,
} from './electron-app'
import { launchBrowser, openHarnessApp } from './launch'

/** What a spec may do with the app, the same in the harness and in real Electron. */
export interface TestApp {
  page: Page
  tempDir: string
  answerSaveDialog(path: string | null): Promise<void>
  answerOpenDialog(path: string | null): Promise<void>
  /** The next multi-file open dialog (Import responses…) returns these paths, or null: Cancel. */
  answerOpenPathsDialog(paths: string[] | null): Promise<void>
  /** The next folder dialog (for example the request files' folder) returns this folder. */
  answerFolderDialog(path: string | null): Promise<void>
  answerConfirm(isConfirmed: boolean): Promise<void>
  emitMenuCommand(command: MenuCommand): Promise<void>
  /** Console errors a spec expects (for example a CSP report) and that must not fail it. */
  allowConsoleError(pattern: RegExp): void
}

type Fixtures = { app: TestApp }
type WorkerFixtures = { harnessBrowser: Browser }

export const test = base.extend<Fixtures, WorkerFixtures>({
  harnessBrowser: [
    async ({}, use, workerInfo) => {
      if (workerInfo.project.name === 'electron') {
        await use(undefined as unknown as Browser)
        return
      }
      const browser = await launchBrowser()
      await use(browser)
      await browser.close()
    },
    { scope: 'worker' },
  ],

  app: async ({ harnessBrowser, colorScheme }, use, testInfo) => {
    const allowed: RegExp[] = []
    if (testInfo.project.name === 'electron') {
      test.skip(!findElectronBinary(), electronMissingMessage)
      const launched = await launchElectronApp()
      await use({
        page: launched.page,
        tempDir: launched.tempDir,
        answerSaveDialog: (path) => scriptElectronDialog(launched.electronApp, 'save', path),
        answerOpenDialog: (path) => scriptElectronDialog(launched.electronApp, 'open', path),
        answerOpenPathsDialog: (paths) =>
          scriptElectronDialog(launched.electronApp, 'open-many', paths),
        // A folder is chosen in Electron's open dialog.
        answerFolderDialog: (path) => scriptElectronDialog(launched.electronApp, 'open', path),
        answerConfirm: (value) => scriptElectronDialog(launched.electronApp, 'confirm', value),
        emitMenuCommand: (command) => sendElectronMenuCommand(launched.electronApp, command),
        allowConsoleError: (pattern) => allowed.push(pattern),
      })
      await launched.close()
      return
    }

    const harness = await openHarnessApp(harnessBrowser, {
      colorScheme: colorScheme === 'dark' ? 'dark' : 'light',
    })
    await use({
      page: harness.page,
      tempDir: harness.tempDir,
      answerSaveDialog: async (path) => void harness.dialogs.savePaths.push(path),
      answerOpenDialog: async (path) => void harness.dialogs.openPaths.push(path),
      answerOpenPathsDialog: async (paths) => void harness.dialogs.openPathLists.push(paths),
      // The scripted folder dialog takes its answers from the open dialog's (test-ports.ts).
      answerFolderDialog: async (path) => void harness.dialogs.openPaths.push(path),
      answerConfirm: async (value) => void harness.dialogs.confirmAnswers.push(value),
      emitMenuCommand: harness.emitMenuCommand,
      allowConsoleError: (pattern) => allowed.push(pattern),
    })
    const unexpectedErrors = harness.consoleErrors.filter(
      (message) => !allowed.some((pattern) => pattern.test(message)),
    )
    const foreign = [...harness.foreignRequests]
    await harness.close()
    // Every test doubles as a check that the app makes no network request and logs no error.
    expect(foreign, 'requests that tried to leave the local page').toEqual([])
    expect(unexpectedErrors, 'console errors').toEqual([])
  },
})

export { expect }
