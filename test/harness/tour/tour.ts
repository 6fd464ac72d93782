// The screenshot tour's one helper: open a screen or tab, wait until it has settled, then take the
// stop: a PNG for `npm run screens` (writePng), an axe scan for tour-accessibility.spec.ts.
import { pathToFileURL } from 'node:url'
import { expect, type Locator, type Page } from '@playwright/test'
import type { HarnessApp } from '../launch'

export type Scheme = 'light' | 'dark'

/**
 * What is done at each stop once the page has settled: `name` is `<area>-<what>`, `page` the app's
 * window, or the browser tab of a file the app wrote (shootFile).
 */
export type TakeStop = (name: string, stop: { scrolled: boolean; page: Page }) => Promise<void>

export interface Tour {
  page: Page
  app: HarnessApp
  scheme: Scheme
  /** The stops taken so far in this theme, by name. */
  stops: string[]
  /**
   * Waits until the page has settled, then takes the stop (see TakeStop). `scrollTo` puts an
   * element at the top of the window first (a card further down a screen). Messages in the corner
   * from earlier steps are closed first, unless `keepMessages`.
   */
  shoot(name: string, options?: { scrollTo?: Locator; keepMessages?: boolean }): Promise<void>
  /**
   * Opens a page the app wrote (a request file) as the person it is for would: in a browser tab of
   * its own, in the tour's theme, with no network (any request fails the tour); `act` may scroll
   * or fill it, then the stop is taken and the tab closed.
   */
  shootFile(name: string, path: string, act?: (page: Page) => Promise<void>): Promise<void>
  /** Goes to a hash route and waits for its level-1 heading. */
  goTo(path: string, heading: string | RegExp): Promise<void>
  /** Clicks a tab of the main area by its exact name. */
  openTab(name: string): Promise<void>
  /** The open dialog with this name, once it is visible. */
  dialog(name: string | RegExp): Promise<Locator>
  /** Closes a dialog with Escape, as a user would, and waits until it is gone. */
  closeDialog(dialog: Locator): Promise<void>
}

const shotName = /^[a-z0-9]+(?:-[a-z0-9]+)+$/
// What a screen shows while it is still working: "Loading people…", "Preparing the packet…".
const workingText = /^(Loading|Preparing|Looking|Reading|Working|Opening)\b[^.]*…$/
/** Text no user of the real app would ever see: the harness's version and folder names. */
const harnessTraces = ['0.0.0-test', 'trellis-e2e-', 'test-results', '/tmp/']

export function createTour(app: HarnessApp, scheme: Scheme, take: TakeStop): Tour {
  const { page } = app
  const stops: string[] = []

  const settle = async (): Promise<void> => {
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, {
      timeout: 30_000,
    })
    await expect(page.getByText(workingText).filter({ visible: true })).toHaveCount(0, {
      timeout: 30_000,
    })
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    await page.evaluate(waitForQuietPage)
  }

  const claimStop = (name: string): void => {
    if (!shotName.test(name)) throw new Error(`Shot names are kebab-case <area>-<what>: ${name}`)
    if (stops.includes(name)) throw new Error(`Two shots are called ${name}`)
    stops.push(name)
  }

  const tour: Tour = {
    page,
    app,
    scheme,
    stops,
    async shoot(name, options = {}) {
      claimStop(name)
      if (!options.keepMessages) await dismissMessages(page)
      await settle()
      if (options.scrollTo) {
        // Air above it, as a user scrolling there would leave: enough to show the top edge of the
        // card a heading opens. A scroll margin, as the main area scrolls, not the window.
        await options.scrollTo.evaluate((element) => {
          const margin = (element as HTMLElement).style.scrollMarginTop
          ;(element as HTMLElement).style.scrollMarginTop = '48px'
          element.scrollIntoView({ block: 'start', behavior: 'instant' })
          ;(element as HTMLElement).style.scrollMarginTop = margin
        })
        await settle()
      }
      const text = await page.locator('body').innerText()
      for (const trace of [app.tempDir, ...harnessTraces]) {
        expect(text, `${name} shows ${trace}`).not.toContain(trace)
      }
      // No hover tooltip or hover colour from the last click: the pointer rests on the sidebar.
      await page.mouse.move(4, 896)
      await take(name, { scrolled: options.scrollTo !== undefined, page })
    },
    async shootFile(name, path, act) {
      claimStop(name)
      const browser = page.context().browser()
      if (!browser) throw new Error('shootFile needs the tour to run in its own browser.')
      const url = pathToFileURL(path).href
      const context = await browser.newContext({
        colorScheme: scheme,
        viewport: page.viewportSize() ?? { width: 1440, height: 900 },
        offline: true,
      })
      const foreign: string[] = []
      await context.route('**/*', (route) => {
        const requested = route.request().url()
        if (requested === url || /^(data|blob):/.test(requested)) return route.continue()
        foreign.push(requested)
        return route.abort('blockedbyclient')
      })
      try {
        const tab = await context.newPage()
        await tab.goto(url)
        await expect(tab.getByRole('heading', { level: 1 })).toBeVisible()
        if (act) await act(tab)
        await tab.evaluate(() => document.fonts.ready.then(() => undefined))
        await tab.evaluate(waitForQuietPage)
        await take(name, { scrolled: false, page: tab })
        expect(foreign, `${name}: requests that tried to leave the file`).toEqual([])
      } finally {
        await context.close()
      }
    },
    async goTo(path, heading) {
      await page.evaluate((hash) => (window.location.hash = hash), path)
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({
        timeout: 30_000,
      })
      await page.evaluate(() => window.scrollTo(0, 0))
    },
    async openTab(name) {
      const tab = page.getByRole('main').getByRole('tab', { name, exact: true })
      await tab.click()
      await expect(tab).toHaveAttribute('aria-selected', 'true')
      await page.evaluate(() => window.scrollTo(0, 0))
    },
    async dialog(name) {
      const dialog = page.getByRole('dialog', { name })
      await expect(dialog).toBeVisible({ timeout: 20_000 })
      return dialog
    },
    async closeDialog(dialog) {
      await page.keyboard.press('Escape')
      await expect(dialog).toBeHidden()
    },
  }
  return tour
}

/** Writes the window as it is to a PNG at `file` and returns the path. */
export async function writePng(page: Page, file: string): Promise<string> {
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' })
  return file
}

/** Closes every message in the corner (toasts), so a shot shows only what it is about. */
export async function dismissMessages(page: Page): Promise<void> {
  const dismiss = page.getByRole('button', { name: 'Dismiss message' })
  while ((await dismiss.count()) > 0) await dismiss.first().click()
}

/**
 * Resolves once the page has not changed for a while: no DOM change, every image loaded and
 * every chart canvas sized, for 300 ms in a row (at most 10 s). The charts draw without animation,
 * so a sized canvas that has stopped changing is drawn. Written as text: tsx wraps the named
 * functions of a compiled function in a helper that the page does not have.
 */
export const waitForQuietPage = `new Promise((resolve) => {
  let last = performance.now()
  const observer = new MutationObserver(() => (last = performance.now()))
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
  const started = performance.now()
  const isReady = () =>
    [...document.images].every((image) => image.complete) &&
    [...document.querySelectorAll('canvas')].every(
      (canvas) => canvas.offsetParent === null || (canvas.width > 0 && canvas.height > 0),
    )
  const check = () => {
    const now = performance.now()
    if ((now - last >= 300 && isReady()) || now - started > 10000) {
      observer.disconnect()
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(undefined)))
      return
    }
    if (!isReady()) last = now
    setTimeout(check, 50)
  }
  check()
})`
