/**
 * `npm run icons`: renders build/icon.svg (and build/icon-small.svg for 16-32 px, where the
 * lattice would blur) to every size electron-builder needs, with Debian's Chromium:
 * build/icons/NxN.png (Linux), build/icon.png (1024), build/icon.ico (Windows), build/icon.icns (macOS).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { encodeIcns, encodeIco } from './icon-formats'
import { chromiumArgs, findChromium } from '../test/harness/chromium'

const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
const buildFolder = join(process.cwd(), 'build')

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs })
try {
  const page = await browser.newPage()
  const pngs = new Map<number, Buffer>()
  for (const size of sizes) {
    const svg = readFileSync(join(buildFolder, size <= 32 ? 'icon-small.svg' : 'icon.svg'), 'utf8')
    await page.setViewportSize({ width: size, height: size })
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `)}</body></html>`,
    )
    pngs.set(size, await page.screenshot({ omitBackground: true, type: 'png' }))
  }
  mkdirSync(join(buildFolder, 'icons'), { recursive: true })
  for (const [size, png] of pngs)
    writeFileSync(join(buildFolder, 'icons', `${size}x${size}.png`), png)
  writeFileSync(join(buildFolder, 'icon.png'), pngs.get(1024)!)
  writeFileSync(
    join(buildFolder, 'icon.ico'),
    encodeIco([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, png: pngs.get(size)! }))),
  )
  writeFileSync(join(buildFolder, 'icon.icns'), encodeIcns(pngs))
  console.log(`Wrote ${pngs.size} PNGs, icon.ico and icon.icns into build/.`)
} finally {
  await browser.close()
}
