import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeFileAtomic } from '../../src/main/services/atomic-write'
import {
  composeSnapshotText,
  createBackupBytes,
  openBackupBytes,
} from '../../src/main/services/backup/backup-file'
import { parseBackupTables } from '../../src/shared/domain/backup/tables'
import { generateSampleCompany } from '../../src/shared/domain/sample/generate'
import { countRecords, tableNames, type WorkspaceData } from '../../src/shared/model'
import { findAgeCli, runAgeWithPassphrase } from '../support/age-cli'

export interface BackupTimings {
  megabytes: number
  backupMs: number
  ageEncryptMs: number
  restoreMs: number
  ageDecryptMs: number
  validateMs: number
}

/** The sample company copied until its JSON reaches ~50 MB (ids made unique per copy). */
function buildFiftyMegabytes(): WorkspaceData {
  const sample = generateSampleCompany({ today: '2026-11-23' })
  const copies = Math.ceil((50 * 1024 * 1024) / JSON.stringify(sample).length)
  const data = Object.fromEntries(tableNames.map((name) => [name, [] as unknown[]])) as Record<
    string,
    unknown[]
  >
  for (let copy = 0; copy < copies; copy += 1) {
    for (const name of tableNames) {
      for (const record of sample[name] as Array<Record<string, unknown>>) {
        if (typeof record.id !== 'string') {
          if (copy === 0) data[name]!.push(record)
          continue
        }
        data[name]!.push({ ...record, id: `${record.id}-${copy}` })
      }
    }
  }
  return data as unknown as WorkspaceData
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
}

/**
 * Backup and restore of a 50 MB workspace in main (checksum, scrypt at 2^18, encryption, atomic
 * write / read, decryption, checks), against the reference age CLI with a passphrase on the same
 * plaintext. Median of 3 each.
 */
export async function measureBackup(): Promise<BackupTimings> {
  if (!findAgeCli())
    throw new Error('The backup benchmark needs the `age` CLI (apt-get install age).')
  const folder = await mkdtemp(join(tmpdir(), 'trellis-backup-bench-'))
  try {
    const data = buildFiftyMegabytes()
    const snapshot = {
      workspaceId: 'bench',
      workspaceName: 'Bench',
      schemaVersion: 3,
      counts: countRecords(data),
      tablesJson: JSON.stringify(data),
    }
    const passphrase = 'benchmark passphrase words'
    const plainPath = join(folder, 'plain.json')
    const plaintext = composeSnapshotText(snapshot, 'bench', new Date())
    await writeFile(plainPath, plaintext)
    const ours = join(folder, 'ours.age')
    const times = {
      backup: [] as number[],
      age: [] as number[],
      restore: [] as number[],
      ageD: [] as number[],
    }
    let tablesJson = ''
    for (let run = 0; run < 3; run += 1) {
      let started = performance.now()
      const bytes = await createBackupBytes(
        snapshot,
        { kind: 'passphrase', passphrase },
        {
          appVersion: 'bench',
          now: new Date(),
        },
      )
      await writeFileAtomic(ours, bytes)
      times.backup.push(performance.now() - started)

      times.age.push(
        await runAgeWithPassphrase(['-p', '-o', join(folder, 'cli.age'), plainPath], passphrase),
      )

      started = performance.now()
      const opened = await openBackupBytes(
        await readFile(ours),
        [{ kind: 'passphrase', passphrase }],
        3,
      )
      times.restore.push(performance.now() - started)
      if (opened.status !== 'opened') throw new Error(opened.message)
      tablesJson = opened.tablesJson

      times.ageD.push(
        await runAgeWithPassphrase(
          ['-d', '-o', join(folder, 'cli.json'), join(folder, 'cli.age')],
          passphrase,
        ),
      )
    }
    const started = performance.now()
    const parsed = parseBackupTables(tablesJson)
    const validateMs = performance.now() - started
    if (!parsed.ok) throw new Error(parsed.message)
    return {
      megabytes: Buffer.byteLength(plaintext) / 1024 / 1024,
      backupMs: median(times.backup),
      ageEncryptMs: median(times.age),
      restoreMs: median(times.restore),
      ageDecryptMs: median(times.ageD),
      validateMs,
    }
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}
