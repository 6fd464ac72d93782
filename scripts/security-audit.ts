/**
 * `npm run test:security`: runs electronegativity over a copy of src/ with SARIF output and fails
 * on any finding that security/electronegativity-allowlist.json does not justify. Electronegativity
 * itself exits 0 whatever it finds, so this script is the gate. The copy also holds a planted
 * insecure window (the canary): if the scan stops reporting it, the audit is blind and fails.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  canaryFolder,
  canarySource,
  checkFindings,
  readAllowList,
  readSarifFindings,
  splitCanary,
} from './audit-check'

const require = createRequire(import.meta.url)
const root = process.cwd()
const allowListPath = join(root, 'security', 'electronegativity-allowlist.json')
const cli = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js')
const electronVersion = (require('electron/package.json') as { version: string }).version

const folder = mkdtempSync(join(tmpdir(), 'trellis-audit-'))
const reportPath = join(folder, 'electronegativity.sarif')
const scanned = join(folder, 'src')
try {
  cpSync(join(root, 'src'), scanned, { recursive: true })
  mkdirSync(join(scanned, canaryFolder))
  writeFileSync(join(scanned, canaryFolder, 'insecure-window.js'), canarySource)
  const run = spawnSync(
    process.execPath,
    [
      cli,
      ...['--input', scanned, '--output', reportPath, '--relative'],
      ...['--verbose', 'false', '--electron-version', electronVersion],
      // This check downloads Electron's release list; npm audit and upgrades cover it instead.
      ...['--exclude-checks', 'AvailableSecurityFixesGlobalCheck'],
    ],
    { encoding: 'utf8', env: { ...process.env, LANG: 'en-US' } },
  )
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr)
    throw new Error(`electronegativity exited with ${run.status}`)
  }
  const { app: findings, missedCanaryRules } = splitCanary(
    readSarifFindings(JSON.parse(readFileSync(reportPath, 'utf8'))),
  )
  if (missedCanaryRules.length > 0) {
    throw new Error(
      `The audit no longer reports the planted insecure window (${missedCanaryRules.join(', ')}): it is not seeing the code.`,
    )
  }
  const allowList = readAllowList(JSON.parse(readFileSync(allowListPath, 'utf8')))
  const { unjustified, justified, unusedEntries } = checkFindings(findings, allowList)
  for (const entry of unusedEntries) {
    console.warn(`allow-list entry no longer needed: ${entry.rule} in ${entry.file}`)
  }
  if (unjustified.length > 0) {
    console.error(
      'Security audit: findings not justified in security/electronegativity-allowlist.json',
    )
    for (const finding of unjustified) {
      console.error(`  ${finding.rule} src/${finding.file}:${finding.line} ${finding.message}`)
    }
    process.exitCode = 1
  } else {
    console.log(`Security audit: ${justified.length} findings, each justified in the allow-list.`)
  }
} finally {
  rmSync(folder, { recursive: true, force: true })
}
