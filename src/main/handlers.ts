import { mkdir } from 'node:fs/promises'
import { basename } from 'node:path'
import type { z } from 'zod'
import type { Contract, OperationName, OperationOutput } from '../shared/contract'
import { createBackupHandlers } from './backup-handlers'
import { createCsvHandlers } from './csv-handlers'
import { createFilesHandlers } from './files-handlers'
import type { Ports } from './ports'
import { createRequestsHandlers } from './requests-handlers'
import { isAllowedExternalUrl } from './security'
import { writeFileAtomic } from './services/atomic-write'
import { createPdfHandlers } from './services/pdf/pdf-handlers'
import { readTextFile } from './services/read-text-file'

export type HandlerTable = {
  [K in OperationName]: (input: z.output<Contract[K]['input']>) => Promise<OperationOutput<K>>
}

const workspaceFileFilters = [{ name: 'Trellis workspace (JSON)', extensions: ['json'] }]
const maxWorkspaceFileBytes = 200 * 1024 * 1024

export function createHandlers(ports: Ports): HandlerTable {
  return {
    ...createCsvHandlers(ports),
    ...createBackupHandlers(ports),
    ...createPdfHandlers(ports),
    ...createRequestsHandlers(ports),
    ...createFilesHandlers(ports),
    getAppInfo: async () => ports.appInfo,

    openExternal: async ({ url }) => {
      if (!isAllowedExternalUrl(url)) return { isOpened: false }
      await ports.shell.openExternal(url)
      return { isOpened: true }
    },

    confirm: async (options) => ({ isConfirmed: await ports.dialogs.confirm(options) }),

    showNotification: async ({ title, body }) => ({
      isShown: ports.notifications.show(title, body),
    }),

    exportWorkspaceFile: async ({ suggestedName, text }) => {
      const path = await ports.dialogs.chooseSavePath({
        title: 'Export workspace',
        defaultName: suggestedName,
        filters: workspaceFileFilters,
      })
      if (!path) return { status: 'cancelled' }
      await writeFileAtomic(path, text)
      return { status: 'saved', fileName: basename(path) }
    },

    reportError: async ({ kind, message, stack }) => ({
      isLogged: ports.errorLog.record({ source: 'renderer', kind, message, stack }),
    }),

    openLogFolder: async () => {
      await mkdir(ports.errorLog.folder, { recursive: true })
      return { isOpened: (await ports.shell.openPath(ports.errorLog.folder)) === '' }
    },

    openWorkspaceFile: async () => {
      const path = await ports.dialogs.chooseOpenPath({
        title: 'Import a workspace',
        filters: workspaceFileFilters,
      })
      if (!path) return { status: 'cancelled' }
      const text = await readTextFile(path, maxWorkspaceFileBytes)
      return { status: 'opened', fileName: basename(path), text }
    },
  }
}
