// The screenshot tour (`npm run screens`, test/harness/tour/) walked again with an axe scan at each
// stop instead of a PNG: every screen, tab, dialog and wizard step the screenshots show has no
// serious or critical finding, in light and in dark. Each segment of the tour is a test of its
// own, in a fresh app, so they run side by side. A stop scrolled to a card further down holds the
// same page as the stop before it, so it is not scanned twice.
import { expect, test } from '../harness/fixture'
import { openHarnessApp } from '../harness/launch'
import { tourHarnessOptions, tourSegments, walkTourSegment } from '../harness/tour/parts'
import { createTour } from '../harness/tour/tour'
import { findSeriousViolations } from '../support/axe'

for (const scheme of ['light', 'dark'] as const) {
  tourSegments.forEach((segment, index) => {
    const names = segment
      .map((part) =>
        part.name
          .replace(/^tour/, '')
          .replace(/([a-z])([A-Z])/g, '$1 $2')
          .toLowerCase(),
      )
      .join(', ')
    test(`the tour's ${names} stops pass an axe scan in the ${scheme} theme`, async ({
      harnessBrowser,
    }) => {
      // Up to about 20 stops, each settled and scanned: on a loaded 2-core machine a minute or two.
      test.setTimeout(240_000)
      const app = await openHarnessApp(harnessBrowser, tourHarnessOptions(scheme))
      const findings: string[] = []
      const scanned: string[] = []
      try {
        await expect(app.page.locator('html')).toHaveAttribute('data-theme', scheme)
        const tour = createTour(app, scheme, async (name, { scrolled, page }) => {
          if (scrolled) return
          scanned.push(name)
          for (const violation of await findSeriousViolations(page)) {
            findings.push(`${name}-${scheme}: ${violation}`)
          }
        })
        await walkTourSegment(tour, index)
        expect(findings, 'serious or critical axe findings, by stop').toEqual([])
        // The segment really walked: at least two stops a part.
        expect(scanned.length).toBeGreaterThanOrEqual(segment.length * 2)
        expect(app.consoleErrors, 'console errors').toEqual([])
        expect(app.foreignRequests, 'requests that tried to leave the local page').toEqual([])
      } finally {
        await app.close()
      }
    })
  })
}
