// `npm run screens`: the screenshot tour. Every screen, main tab and dialog, light and dark, with
// the sample company (and a workspace imported from an HR export for the first-run steps), as
// PNGs in docs/screens/ named <area>-<what>-<theme>.png. The tour itself is in tour/, one file
// per area (tour/parts.ts lists them); docs/screens/*.png is cleared first, so a shot the tour no
// longer takes disappears. test/e2e/tour-accessibility.spec.ts walks the same stops with axe.
// SCREENS_DIR writes elsewhere; SCREENS_THEMES=light takes one theme.
import { mkdir, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { launchBrowser, openHarnessApp } from './launch'
import { tourHarnessOptions, walkTour } from './tour/parts'
import { createTour, writePng, type Scheme } from './tour/tour'

const outputFolder = process.env.SCREENS_DIR ?? join(process.cwd(), 'docs', 'screens')
const themes = (process.env.SCREENS_THEMES?.split(',') ?? ['light', 'dark']) as Scheme[]

async function takeTour(scheme: Scheme): Promise<string[]> {
  const browser = await launchBrowser()
  const app = await openHarnessApp(browser, tourHarnessOptions(scheme))
  try {
    const written: string[] = []
    const tour = createTour(app, scheme, async (name, { page }) => {
      written.push(await writePng(page, join(outputFolder, `${name}-${scheme}.png`)))
    })
    await walkTour(tour)
    if (app.consoleErrors.length > 0) {
      throw new Error(`The page logged errors:\n${app.consoleErrors.join('\n')}`)
    }
    if (app.foreignRequests.length > 0) {
      throw new Error(`The page tried to leave: ${app.foreignRequests.join(', ')}`)
    }
    return written
  } finally {
    await app.close()
    await browser.close()
  }
}

await mkdir(outputFolder, { recursive: true })
for (const name of await readdir(outputFolder)) {
  if (name.endsWith('.png')) await rm(join(outputFolder, name))
}
for (const scheme of themes) {
  const files = await takeTour(scheme)
  console.log(`${scheme}: wrote ${files.length} screenshots to ${outputFolder}`)
}
