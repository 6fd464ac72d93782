import { z } from 'zod'
import { backupContract } from './backup-contract'
import { csvDelimiters, csvLimits, type ReadCsvResult } from './domain/csv/types'
import { isSafeFileName } from './domain/files/file-name'
import { ReviewPacket, TeamReport } from './domain/reviews/packet'
import { filesContract } from './files-contract'
import { requestsContract } from './requests-contract'

/**
 * The IPC contract: every operation the renderer may ask of the main process.
 * Main's handler table, the preload API and the renderer's types all derive from it.
 */

const Empty = z.object({}).strict()

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  userDataPath: z.string(),
  isPackaged: z.boolean(),
})
export type AppInfo = z.infer<typeof AppInfo>

export const FileName = z
  .string()
  .min(1)
  .max(200)
  .refine(isSafeFileName, 'A file name may not contain folders or any of / \\ : * ? " < > |')

const BatchToken = z.string().uuid()
export type BatchStartResult = { status: 'started'; token: string } | { status: 'cancelled' }

export type SaveResult = { status: 'saved'; fileName: string } | { status: 'cancelled' }
export type OpenTextResult =
  { status: 'opened'; fileName: string; text: string } | { status: 'cancelled' }

/** Phantom type carrier for a channel's output. */
function returns<Output>(): Output {
  return undefined as Output
}

export const contract = {
  getAppInfo: { channel: 'app:get-info', input: Empty, output: returns<AppInfo>() },
  openExternal: {
    channel: 'app:open-external',
    input: z.object({ url: z.string().max(2048) }).strict(),
    output: returns<{ isOpened: boolean }>(),
  },
  confirm: {
    channel: 'dialog:confirm',
    input: z
      .object({
        title: z.string().min(1).max(200),
        message: z.string().min(1).max(500),
        detail: z.string().max(2000).optional(),
        confirmLabel: z.string().min(1).max(40),
        isDestructive: z.boolean().optional(),
      })
      .strict(),
    output: returns<{ isConfirmed: boolean }>(),
  },
  showNotification: {
    channel: 'notification:show',
    input: z.object({ title: z.string().min(1).max(200), body: z.string().max(1000) }).strict(),
    output: returns<{ isShown: boolean }>(),
  },
  exportWorkspaceFile: {
    channel: 'workspace:export-file',
    input: z
      .object({
        suggestedName: FileName,
        // 200 MB of JSON is far beyond any real workspace; the cap protects main from a runaway call
        text: z.string().max(200 * 1024 * 1024),
      })
      .strict(),
    output: returns<SaveResult>(),
  },
  openWorkspaceFile: {
    channel: 'workspace:open-file',
    input: Empty,
    output: returns<OpenTextResult>(),
  },
  pickCsv: {
    channel: 'import:pick-csv',
    input: z.object({ title: z.string().min(1).max(200) }).strict(),
    output: returns<ReadCsvResult>(),
  },
  /** A file dropped on the window: the page has its bytes, never its path. */
  readCsvBytes: {
    channel: 'import:read-csv-bytes',
    input: z
      .object({
        fileName: FileName,
        bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= csvLimits.maxBytes, {
          message: 'The file is larger than 50 MB.',
        }),
      })
      .strict(),
    output: returns<ReadCsvResult>(),
  },
  reparseCsv: {
    channel: 'import:reparse-csv',
    input: z
      .object({ token: z.string().min(1).max(100), delimiter: z.enum(csvDelimiters) })
      .strict(),
    output: returns<ReadCsvResult>(),
  },
  /** A block pasted from a spreadsheet: read as a UTF-8 file, through the same parser. */
  readCsvText: {
    channel: 'import:read-csv-text',
    input: z.object({ fileName: FileName, text: z.string().max(csvLimits.maxBytes) }).strict(),
    output: returns<ReadCsvResult>(),
  },
  saveCsv: {
    channel: 'export:save-csv',
    input: z
      .object({
        suggestedName: FileName,
        title: z.string().min(1).max(200),
        rows: z.array(z.array(z.string())).max(csvLimits.maxRows + 1),
      })
      .strict(),
    output: returns<SaveResult>(),
  },
  /** An uncaught error in the page, written to the local log file (never sent anywhere). */
  reportError: {
    channel: 'diagnostics:report-error',
    input: z
      .object({
        kind: z.enum(['error', 'unhandled-rejection']),
        message: z.string().max(2000),
        stack: z.string().max(8000).optional(),
      })
      .strict(),
    output: returns<{ isLogged: boolean }>(),
  },
  openLogFolder: {
    channel: 'diagnostics:open-log-folder',
    input: Empty,
    output: returns<{ isOpened: boolean }>(),
  },
  ...backupContract,
  ...requestsContract,
  ...filesContract,
  /** Review packets and the team report: main lays out the PDF and writes it atomically. */
  exportReviewPacket: {
    channel: 'pdf:export-packet',
    input: z.object({ packet: ReviewPacket, suggestedName: FileName }).strict(),
    output: returns<SaveResult>(),
  },
  startPacketBatch: {
    channel: 'pdf:start-batch',
    input: z
      .object({
        mode: z.enum(['separate', 'combined']),
        suggestedName: FileName,
        footer: z.string().max(300),
      })
      .strict(),
    output: returns<BatchStartResult>(),
  },
  addPacketToBatch: {
    channel: 'pdf:add-to-batch',
    input: z.object({ token: BatchToken, fileName: FileName, packet: ReviewPacket }).strict(),
    output: returns<{ count: number }>(),
  },
  finishPacketBatch: {
    channel: 'pdf:finish-batch',
    input: z.object({ token: BatchToken }).strict(),
    output: returns<{ fileNames: string[] }>(),
  },
  cancelPacketBatch: {
    channel: 'pdf:cancel-batch',
    input: z.object({ token: BatchToken }).strict(),
    output: returns<{ discarded: number }>(),
  },
  exportTeamReport: {
    channel: 'pdf:export-team-report',
    input: z.object({ report: TeamReport, suggestedName: FileName }).strict(),
    output: returns<SaveResult>(),
  },
} as const

export type Contract = typeof contract
export type OperationName = keyof Contract
export type OperationInput<K extends OperationName> = z.input<Contract[K]['input']>
export type OperationOutput<K extends OperationName> = Contract[K]['output']
export type ChannelName = Contract[OperationName]['channel']

/** Commands the application menu sends to the page. */
export const MenuCommand = z.enum([
  'workspace:new',
  'workspace:open-sample',
  'workspace:open-large-sample',
  'workspace:export',
  'workspace:import',
  'roster:import',
  'navigate:settings',
  'view:toggle-theme',
  'help:about',
  'help:shortcuts',
  'help:open-logs',
  'feedback:quick',
  'backup:now',
  'backup:restore',
  'responses:import',
])
export type MenuCommand = z.infer<typeof MenuCommand>
export const menuCommandChannel = 'menu:command'

/** What a handler sends back over the wire: errors travel as data, never as thrown objects. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: IpcErrorShape }
export type IpcErrorShape = { code: 'invalid-input' | 'forbidden' | 'failed'; message: string }

type Invoke<K extends OperationName> =
  z.input<Contract[K]['input']> extends Record<string, never>
    ? () => Promise<OperationOutput<K>>
    : (input: OperationInput<K>) => Promise<OperationOutput<K>>

export type DesktopApi = { [K in OperationName]: Invoke<K> } & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}

export const operationNames = Object.keys(contract) as OperationName[]
