import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--metrics-recording-only',
  '--no-pings',
]

/** CHROMIUM_PATH, then Debian's /usr/bin/chromium, then a browser Playwright installed itself. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) return candidate
  }
  try {
    const bundled = chromium.executablePath()
    if (bundled && existsSync(bundled)) return bundled
  } catch {
    // Playwright throws when it has no browser of its own; the message below says what to do.
  }
  throw new Error(
    "No Chromium found for the test harness. Install Debian's Chromium with `sudo apt-get install -y chromium` " +
      '(gives /usr/bin/chromium), or set CHROMIUM_PATH to a Chromium or Chrome binary. ' +
      '(`npx playwright install` needs internet access that the build machines do not have.)',
  )
}
