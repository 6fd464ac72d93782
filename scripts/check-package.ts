/**
 * `npm run check:package`: packs the built app (out/) with electron-builder --dir for Linux,
 * against a stand-in Electron folder (the real binary cannot be downloaded here), then checks the
 * archive: the files the app needs are in it, no bundled package is duplicated in node_modules,
 * and its size stays under the budget. Run `npm run build` first.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkArchive, formatMegabytes, sumFolderBytes } from './archive-check'

/** Today ~37 MB, nearly all of it pdfmake and its fonts; the rest of the app is ~2.5 MB. */
const archiveBudgetBytes = 45 * 1024 * 1024

type AsarModule = {
  listPackage(archive: string, options: { isPack: boolean }): string[]
  statFile(archive: string, path: string): { size?: number }
}
const require = createRequire(import.meta.url)
// @electron/asar comes with electron-builder: the same code that wrote the archive reads it.
const asar = require('@electron/asar') as AsarModule

const root = process.cwd()
if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
  console.error('out/ is missing: run `npm run build` first.')
  process.exit(1)
}

const work = mkdtempSync(join(tmpdir(), 'trellis-package-'))
try {
  const fakeElectron = join(work, 'electron-dist')
  mkdirSync(join(fakeElectron, 'resources'), { recursive: true })
  writeFileSync(join(fakeElectron, 'electron'), '#!/bin/sh\n', { mode: 0o755 })
  writeFileSync(join(fakeElectron, 'LICENSE'), 'stand-in\n')
  const output = join(work, 'dist')
  const run = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'electron-builder', 'cli.js'),
      ...['--dir', '--linux', '--x64', '--publish', 'never'],
      `-c.electronDist=${fakeElectron}`,
      `-c.directories.output=${output}`,
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
  )
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr)
    throw new Error(`electron-builder --dir exited with ${run.status}`)
  }
  const resources = join(output, 'linux-unpacked', 'resources')
  const archive = join(resources, 'app.asar')
  const entries = asar
    .listPackage(archive, { isPack: false })
    .map((path) => ({ path, size: asar.statFile(archive, path.slice(1)).size ?? 0 }))
  const totalBytes = sumFolderBytes(resources)
  const problems = checkArchive({ totalBytes, budgetBytes: archiveBudgetBytes, entries })
  if (problems.length > 0) {
    console.error('Package check failed:')
    for (const problem of problems) console.error(`  ${problem}`)
    process.exitCode = 1
  } else {
    console.log(
      `Package check: app archive ${formatMegabytes(totalBytes)} of ${formatMegabytes(archiveBudgetBytes)}.`,
    )
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
