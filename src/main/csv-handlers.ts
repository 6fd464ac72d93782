import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { csvLimits } from '../shared/domain/csv/types'
import { csvBom, writeCsv } from '../shared/domain/csv/write'
import type { HandlerTable } from './handlers'
import type { Ports } from './ports'
import { writeFileAtomic } from './services/atomic-write'
import {
  CsvCache,
  describeTooLarge,
  readCsvFromBytes,
  reparseCachedCsv,
  type CsvReadOutcome,
} from './services/csv/read-csv'

type CsvHandlers = Pick<
  HandlerTable,
  'pickCsv' | 'readCsvBytes' | 'readCsvText' | 'reparseCsv' | 'saveCsv'
>

const openFilters = [{ name: 'CSV, TSV or text', extensions: ['csv', 'tsv', 'txt'] }]
const saveFilters = [{ name: 'CSV', extensions: ['csv'] }]

export function createCsvHandlers(ports: Ports): CsvHandlers {
  const cache = new CsvCache()
  return {
    pickCsv: async ({ title }) => {
      const path = await ports.dialogs.chooseOpenPath({ title, filters: openFilters })
      if (!path) return { status: 'cancelled' }
      return readCsvFile(path, cache)
    },

    readCsvBytes: async ({ fileName, bytes }) => readCsvFromBytes(fileName, bytes, { cache }),

    // Encoded back to bytes so a paste meets the same limits, checks and cache as a file.
    readCsvText: async ({ fileName, text }) =>
      readCsvFromBytes(fileName, new TextEncoder().encode(text), { cache }),

    reparseCsv: async ({ token, delimiter }) => reparseCachedCsv(cache, token, delimiter),

    saveCsv: async ({ suggestedName, title, rows }) => {
      const path = await ports.dialogs.chooseSavePath({
        title,
        defaultName: suggestedName,
        filters: saveFilters,
      })
      if (!path) return { status: 'cancelled' }
      await writeFileAtomic(path, csvBom + writeCsv(rows))
      return { status: 'saved', fileName: basename(path) }
    },
  }
}

/** Checks the size before reading, so a huge file is refused without loading it. */
async function readCsvFile(path: string, cache: CsvCache): Promise<CsvReadOutcome> {
  const fileName = basename(path)
  let bytes: Uint8Array
  try {
    const info = await stat(path)
    if (!info.isFile()) return refuse(fileName, `${fileName} is not a file.`)
    if (info.size > csvLimits.maxBytes)
      return refuse(fileName, describeTooLarge(fileName, info.size))
    bytes = await readFile(path)
  } catch (error) {
    return refuse(fileName, describeReadError(fileName, error))
  }
  return readCsvFromBytes(fileName, bytes, { cache })
}

function refuse(fileName: string, message: string): CsvReadOutcome {
  return { status: 'refused', fileName, message }
}

function describeReadError(fileName: string, error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : ''
  if (code === 'ENOENT') return `${fileName} no longer exists where it was picked.`
  if (code === 'EACCES' || code === 'EPERM') {
    return `Trellis is not allowed to read ${fileName}. Check the file's permissions.`
  }
  // Windows reports a file locked by another program (often Excel) as busy
  if (code === 'EBUSY')
    return `${fileName} is in use by another program. Close it there and try again.`
  const reason = error instanceof Error ? error.message : String(error)
  return `Trellis could not read ${fileName}: ${reason}`
}
