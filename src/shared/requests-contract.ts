import { z } from 'zod'
import { isSafeFileName } from './domain/files/file-name'

/**
 * The request and response file operations; spread into the IPC contract in `contract.ts`.
 * Main holds the workspace's response key only sealed by the OS; it writes the request pages the
 * renderer composed and decrypts response files, which the renderer then checks.
 */

function returns<Output>(): Output {
  return undefined as Output
}

const FileName = z
  .string()
  .min(1)
  .max(200)
  .refine(isSafeFileName, 'A file name may not contain folders or any of / \\ : * ? " < > |')

/** The identity as the OS sealed it (base64); never the identity itself. */
const SealedIdentity = z.string().min(1).max(10_000)

/** One request page is a few hundred KB at most; 2 MB protects main from a runaway call. */
export const maxRequestFileChars = 2 * 1024 * 1024
export const maxFilesPerCall = 500
/**
 * A dropped file may be larger than a response may be, so that main can refuse it by name; the
 * page need send no more than `maxResponseFileBytes + 1` bytes of such a file (`file.slice`).
 */
export const maxDroppedFileBytes = 50 * 1024 * 1024
const maxDroppedBatchBytes = 256 * 1024 * 1024

export type OpenedResponseFile =
  | { fileName: string; status: 'read'; text: string }
  | { fileName: string; status: 'refused'; reason: string }

export type ResponseKeyCreated = { recipient: string; sealedIdentity: string }
export type RequestFilesSaved =
  { status: 'saved'; folderName: string; fileCount: number } | { status: 'cancelled' }
export type PickedResponseFiles =
  { status: 'opened'; files: OpenedResponseFile[] } | { status: 'cancelled' }

const DroppedFile = z
  .object({
    fileName: FileName,
    bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= maxDroppedFileBytes, {
      message: 'The file is larger than 50 MB.',
    }),
  })
  .strict()

export const requestsContract = {
  /** A new X25519 key for the workspace: its public half, and its secret sealed by the OS. */
  createResponseKey: {
    channel: 'responses:create-key',
    input: z.object({}).strict(),
    output: returns<ResponseKeyCreated>(),
  },
  /** The request pages, written into one folder the user chooses; same names are replaced. */
  saveRequestFiles: {
    channel: 'requests:save-files',
    input: z
      .object({
        files: z
          .array(
            z.object({ fileName: FileName, html: z.string().max(maxRequestFileChars) }).strict(),
          )
          .min(1)
          .max(maxFilesPerCall)
          // Two pages of one name would overwrite each other; most disks ignore letter case.
          .refine(
            (files) =>
              new Set(files.map((file) => file.fileName.toLowerCase())).size === files.length,
            { message: 'Two request files have the same name.' },
          ),
      })
      .strict(),
    output: returns<RequestFilesSaved>(),
  },
  /** Response files chosen in an open dialog (many at once), each read and decrypted. */
  pickResponseFiles: {
    channel: 'responses:pick-files',
    input: z.object({ sealedIdentity: SealedIdentity }).strict(),
    output: returns<PickedResponseFiles>(),
  },
  /** Response files dropped on the window: the page has their bytes, never their paths. */
  openResponseBytes: {
    channel: 'responses:open-bytes',
    input: z
      .object({
        sealedIdentity: SealedIdentity,
        files: z
          .array(DroppedFile)
          .min(1)
          .max(maxFilesPerCall)
          .refine(
            (files) =>
              files.reduce((total, file) => total + file.bytes.byteLength, 0) <=
              maxDroppedBatchBytes,
            { message: 'The files are larger than 256 MB together; drop fewer at a time.' },
          ),
      })
      .strict(),
    output: returns<{ files: OpenedResponseFile[] }>(),
  },
} as const
