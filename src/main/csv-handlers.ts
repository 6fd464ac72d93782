import type { HandlerTable } from './handlers'
import type { Ports } from './ports'

type CsvHandlers = Pick<HandlerTable, 'pickCsv' | 'readCsvBytes' | 'reparseCsv' | 'saveCsv'>

export function createCsvHandlers(_ports: Ports): CsvHandlers {
  const notReady = async (): Promise<never> => {
    throw new Error('CSV handling is not implemented yet.')
  }
  return { pickCsv: notReady, readCsvBytes: notReady, reparseCsv: notReady, saveCsv: notReady }
}
