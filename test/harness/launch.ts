import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import {
  contract,
  menuCommandChannel,
  operationNames,
  type MenuCommand,
} from '../../src/shared/contract'
import { createHandlers } from '../../src/main/handlers'
import { createInvoker } from '../../src/main/ipc'
import { isAppPageUrl } from '../../src/main/security'
import { BackupStore } from '../../src/main/services/backup/backup-store'
import { createTestPorts } from '../support/test-ports'
import { buildBridgeScript } from './bridge-script'
import { chromiumArgs, findChromium } from './chromium'
import { serveFolder } from './static-server'

export const rendererFolder = join(process.cwd(), 'out', 'renderer')

function assertRendererBuilt(): void {
  if (!existsSync(join(rendererFolder, 'index.html'))) {
    throw new Error('out/renderer/index.html is missing: run `npm run build` first.')
  }
}

export async function launchBrowser(): Promise<Browser> {
  assertRendererBuilt()
  return chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true })
}

export interface HarnessApp {
  page: Page
  context: BrowserContext
  origin: string
  tempDir: string
  dialogs: ReturnType<typeof createTestPorts>['dialogs']
  notifications: ReturnType<typeof createTestPorts>['notifications']
  /** Requests that tried to leave the local page (all are blocked). */
  foreignRequests: string[]
  consoleErrors: string[]
  emitMenuCommand(command: MenuCommand): Promise<void>
  close(): Promise<void>
}

/** Results longer than this are fetched from the harness server; see bridge-entry.ts. */
const largeResultChars = 256 * 1024
const stashedMarker = 'stashed:'

const channelToOperation = new Map(
  operationNames.map((name) => [contract[name].channel as string, name]),
)

export interface HarnessOptions {
  colorScheme?: 'light' | 'dark'
  viewport?: { width: number; height: number }
  /**
   * The backup folder Settings shows, stored before the app opens, as if the user had chosen it
   * (screens.ts: exampleBackupFolder). Default: Backups in the temp user-data folder, which the
   * backup specs write to.
   */
  backupFolder?: string
  /** The app's version, as About shows it and backups record it. Default: 0.0.0-test. */
  appVersion?: string
  /**
   * The data folder About shows (screens.ts: where a user's Trellis keeps its data). Only what the
   * page is told changes: the handlers keep their files in the temp folder.
   */
  shownUserDataPath?: string
  /**
   * Paths inside the harness's temp folder reach the page as inside this folder instead
   * (screens.ts: a user's home, so a folder chosen in the temp folder's Documents shows as
   * ~/Documents). The page never sends a path back, so only what it is told changes.
   */
  shownTempFolder?: string
}

/**
 * Opens the built renderer in Chromium with window.api wired to the real main-process handlers,
 * which run here in the test process with scripted dialogs and a temp folder. The browser context
 * is incognito, so IndexedDB lives in memory.
 */
export async function openHarnessApp(
  browser: Browser,
  options: HarnessOptions = {},
): Promise<HarnessApp> {
  const tempDir = await mkdtemp(join(tmpdir(), 'trellis-e2e-'))
  const context = await browser.newContext(contextOptions(options))
  return wireHarness(context, tempDir, options)
}

/**
 * The same app in its own Chromium with a profile folder on disk, as Electron keeps it. The
 * benchmarks use it: Chromium's in-memory IndexedDB (incognito) is several times slower than the
 * on-disk one once a store holds tens of thousands of records (100,000 writes: ~26 s vs ~11 s).
 */
export async function openHarnessAppOnDisk(options: HarnessOptions = {}): Promise<HarnessApp> {
  assertRendererBuilt()
  const tempDir = await mkdtemp(join(tmpdir(), 'trellis-e2e-'))
  const context = await chromium.launchPersistentContext(join(tempDir, 'chromium-profile'), {
    executablePath: findChromium(),
    args: chromiumArgs,
    headless: true,
    ...contextOptions(options),
  })
  return wireHarness(context, tempDir, options)
}

function contextOptions(options: HarnessOptions) {
  return {
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1360, height: 860 },
    serviceWorkers: 'block',
  } as const
}

async function wireHarness(
  context: BrowserContext,
  tempDir: string,
  options: HarnessOptions,
): Promise<HarnessApp> {
  const server = await serveFolder(rendererFolder)
  const userDataPath = join(tempDir, 'user-data')
  const test = createTestPorts(userDataPath)
  if (options.backupFolder !== undefined) {
    const store = new BackupStore(userDataPath)
    await store.writeStored({ ...(await store.readStored()), folder: options.backupFolder })
  }
  const entry = { kind: 'dev-server', url: `${server.origin}/` } as const
  if (options.appVersion !== undefined) test.ports.appInfo.version = options.appVersion
  const handlers = createHandlers(test.ports)
  const { shownUserDataPath } = options
  if (shownUserDataPath !== undefined) {
    handlers.getAppInfo = async () => ({ ...test.ports.appInfo, userDataPath: shownUserDataPath })
  }
  const invoke = createInvoker(handlers, (url) => isAppPageUrl(url, entry))

  const { shownTempFolder } = options
  const inJson = (path: string) => JSON.stringify(path).slice(1, -1)
  const showPaths = (text: string): string =>
    shownTempFolder === undefined ? text : text.replaceAll(inJson(tempDir), inJson(shownTempFolder))

  const foreignRequests: string[] = []
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(`${server.origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue()
    }
    foreignRequests.push(url)
    return route.abort('blockedbyclient')
  })
  await context.exposeBinding(
    '__trellisInvoke',
    async (source, channel: string, input: unknown) => {
      const operation = channelToOperation.get(channel)
      const envelope = operation
        ? await invoke(operation, input, source.frame.url())
        : { ok: false, error: { code: 'invalid-input', message: `Unknown channel ${channel}` } }
      // Sent back as JSON text: Playwright's own serialiser is slow for large results (a 10,000-row
      // CSV took ~2 s), where Electron's structured clone takes ~50 ms. Every output is plain JSON data.
      // A large result goes over HTTP from the harness server instead, which is closer to
      // Electron's pipe than a Playwright binding (a 10,000-row CSV: ~400 ms -> ~100 ms).
      const text = showPaths(JSON.stringify(envelope))
      return text.length > largeResultChars ? `${stashedMarker}${server.stash(text)}` : text
    },
  )
  await context.addInitScript({ content: buildBridgeScript() })

  const page = await context.newPage()
  const consoleErrors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => consoleErrors.push(error.message))
  await page.goto(`${server.origin}/index.html`)

  return {
    page,
    context,
    origin: server.origin,
    tempDir,
    dialogs: test.dialogs,
    notifications: test.notifications,
    foreignRequests,
    consoleErrors,
    emitMenuCommand: (command) =>
      page.evaluate(
        ([channel, payload]) =>
          (window as unknown as { __trellisEmit(c: string, p: unknown): void }).__trellisEmit(
            channel,
            payload,
          ),
        [menuCommandChannel, command] as const,
      ),
    async close() {
      await context.close()
      await server.close()
      await rm(tempDir, { recursive: true, force: true })
    },
  }
}
