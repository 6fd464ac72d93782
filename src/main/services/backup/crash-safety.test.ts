import { spawn } from 'node:child_process'
import { readFile, readdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSync } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleCompany, toSnapshot } from '../../../../test/support/backup-snapshots'
import { writeFileAtomic } from '../atomic-write'
import { decryptAge } from './age-file'
import { createBackupBytes } from './backup-file'

const passphrase = 'crash test dummy words'
let folder: string
let childScript: string
let oldBytes: Uint8Array

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'trellis-crash-'))
  childScript = join(folder, 'writer.mjs')
  // Bundled once, so each of the 100 children starts as plain Node in a few tens of ms.
  buildSync({
    entryPoints: [
      new URL('../../../../test/support/backup-writer-child.ts', import.meta.url).pathname,
    ],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: childScript,
    logLevel: 'silent',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  })
  const snapshot = toSnapshot(sampleCompany())
  const lock = { kind: 'passphrase', passphrase, workFactor: 10 } as const
  oldBytes = await createBackupBytes(snapshot, lock, { appVersion: 'old', now: new Date() })
  const newBytes = await createBackupBytes(snapshot, lock, { appVersion: 'new', now: new Date() })
  await writeFile(join(folder, 'new.bin'), newBytes)
})

afterAll(() => rm(folder, { recursive: true, force: true }))

/**
 * Starts the writer and, once it is writing, kills it after `delayMs` (never when null).
 * Resolves with the time the write took when it was not killed.
 */
function runAndKill(target: string, delayMs: number | null): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, target, join(folder, 'new.bin')], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let writeStarted = 0
    let writeMs = 0
    child.stdout.on('data', (data: Buffer) => {
      if (writeStarted === 0) {
        writeStarted = performance.now()
        if (delayMs !== null) setTimeout(() => child.kill('SIGKILL'), delayMs)
      }
      if (data.toString().includes('done')) writeMs = performance.now() - writeStarted
    })
    child.on('error', reject)
    child.on('exit', () => resolve(writeMs))
  })
}

const lanes = 5
const runsPerLane = 20

describe('crash safety of a backup write', () => {
  it(
    'leaves the old or the new backup, whole, when killed at random points (100 times)',
    { timeout: 120_000 },
    async () => {
      // One full run measures how long a write takes, so the kills spread over all of it.
      const probe = join(folder, 'probe.trellis.age')
      await writeFileAtomic(probe, oldBytes)
      const windowMs = Math.max(5, (await runAndKill(probe, null)) * 1.3)
      const seen = { old: 0, new: 0 }
      // Children run in parallel lanes, each over its own target, to keep the test short.
      await Promise.all(
        Array.from({ length: lanes }, async (_, lane) => {
          const target = join(folder, `lane${lane}.trellis.age`)
          for (let run = 0; run < runsPerLane; run += 1) {
            await writeFileAtomic(target, oldBytes)
            await runAndKill(target, Math.random() * windowMs)
            // Decrypting authenticates every chunk: a torn file cannot pass.
            const plaintext = await decryptAge(await readFile(target), [
              { kind: 'passphrase', passphrase },
            ])
            const version = /"appVersion":"(\w+)"/.exec(
              Buffer.from(plaintext).toString('utf8', 0, 300),
            )?.[1]
            expect(version, `lane ${lane} run ${run}`).toMatch(/^(old|new)$/)
            seen[version as 'old' | 'new'] += 1
          }
        }),
      )
      console.log(`crash safety: ${seen.old} kills left the old backup, ${seen.new} the new one`)
      expect(seen.old + seen.new).toBe(lanes * runsPerLane)
      const names = await readdir(folder)
      // A killed write may leave its temp file beside the target; the target itself is never torn.
      const stray = names.filter((name) => name.startsWith('.'))
      expect(stray.every((name) => name.endsWith('.tmp'))).toBe(true)
    },
  )
})
