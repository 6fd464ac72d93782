import { zipSync } from 'fflate'
import { toCsvRows } from '../../../shared/domain/backup/csv-tables'
import { csvBom, writeCsv } from '../../../shared/domain/csv/write'

/** A zip holding one CSV per table, each through the formula-protected writer. */
export function buildCsvZip(tablesJson: string): Uint8Array {
  const tables = JSON.parse(tablesJson) as Record<string, unknown[]>
  const files: Record<string, Uint8Array> = {}
  const encoder = new TextEncoder()
  for (const [name, records] of Object.entries(tables)) {
    files[`${name}.csv`] = encoder.encode(csvBom + writeCsv(toCsvRows(records)))
  }
  return zipSync(files, { level: 6 })
}
