import { readFile, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { generateX25519Identity, identityToRecipient } from 'age-encryption'
import { maxResponseFileBytes, responseFileExtension } from '../shared/domain/requests/formats'
import type { OpenedResponseFile, requestsContract } from '../shared/requests-contract'
import type { HandlerTable } from './handlers'
import type { Ports, SecretPort } from './ports'
import { writeFileAtomic } from './services/atomic-write'
import { AgeError, decryptAge } from './services/backup/age-file'

type RequestsHandlers = Pick<HandlerTable, keyof typeof requestsContract>

const responseFilters = [
  { name: 'Trellis responses', extensions: [responseFileExtension] },
  { name: 'All files', extensions: ['*'] },
]
const identityPattern = /^AGE-SECRET-KEY-1[0-9A-Z]{58}$/
const maxMegabytes = Math.round(maxResponseFileBytes / 1024 / 1024)

const noStorageMessage =
  'This computer has no secure storage for secrets (such as a keyring or the Keychain), so Trellis cannot keep the key that protects responses here.'
const keyUnopenedMessage =
  "This workspace's response key cannot be opened on this computer: it was sealed by the secret storage of another computer or user account, and only there can response files for it be read. Nothing was imported."

export function createRequestsHandlers(ports: Ports): RequestsHandlers {
  return {
    createResponseKey: async () => {
      if (!(await ports.secrets.isAvailable()))
        throw new Error(`${noStorageMessage} Nothing was changed.`)
      const identity = await generateX25519Identity()
      const recipient = await identityToRecipient(identity)
      const sealedIdentity = await ports.secrets.seal(identity)
      // A key that could not be opened again would make every response unreadable: check now.
      if ((await ports.secrets.open(sealedIdentity)) !== identity) {
        throw new Error(
          'The response key could not be stored safely on this computer. Nothing was changed.',
        )
      }
      return { recipient, sealedIdentity }
    },

    saveRequestFiles: async ({ files }) => {
      const folder = await ports.dialogs.chooseFolder({
        title: 'Choose a folder for the request files',
      })
      if (!folder) return { status: 'cancelled' }
      const folderName = basename(folder)
      for (const [index, file] of files.entries()) {
        try {
          // Replaces a file of the same name: a reminder is the same request exported again.
          await writeFileAtomic(join(folder, file.fileName), file.html)
        } catch (error) {
          throw new Error(
            describeWriteFailure(error, file.fileName, folderName, index, files.length),
          )
        }
      }
      return { status: 'saved', folderName, fileCount: files.length }
    },

    pickResponseFiles: async ({ sealedIdentity }) => {
      const identity = await unsealIdentity(ports.secrets, sealedIdentity)
      const paths = await ports.dialogs.chooseOpenPaths({
        title: 'Import responses',
        filters: responseFilters,
      })
      if (!paths) return { status: 'cancelled' }
      const files: OpenedResponseFile[] = []
      for (const path of paths) files.push(await openResponsePath(path, identity))
      return { status: 'opened', files }
    },

    openResponseBytes: async ({ sealedIdentity, files }) => {
      const identity = await unsealIdentity(ports.secrets, sealedIdentity)
      const opened: OpenedResponseFile[] = []
      for (const file of files) opened.push(await openResponse(file.fileName, file.bytes, identity))
      return { files: opened }
    },
  }
}

/** The workspace's identity, opened once per call; a key that does not open stops the call. */
async function unsealIdentity(secrets: SecretPort, sealed: string): Promise<string> {
  if (!(await secrets.isAvailable())) throw new Error(`${noStorageMessage} Nothing was imported.`)
  let identity: string
  try {
    identity = await secrets.open(sealed)
  } catch {
    throw new Error(keyUnopenedMessage)
  }
  if (!identityPattern.test(identity)) throw new Error(keyUnopenedMessage)
  return identity
}

async function openResponsePath(path: string, identity: string): Promise<OpenedResponseFile> {
  const fileName = basename(path)
  let bytes: Uint8Array
  try {
    const info = await stat(path)
    if (!info.isFile()) return refuse(fileName, `${fileName} is not a file.`)
    // Refused before reading, so a huge file is never loaded.
    if (info.size > maxResponseFileBytes) return refuse(fileName, tooLargeReason(fileName))
    bytes = await readFile(path)
  } catch (error) {
    return refuse(fileName, `Trellis could not read ${fileName}: ${describeFileError(error)}.`)
  }
  return openResponse(fileName, bytes, identity)
}

/** Decrypts one response file; every way it can fail is a reason that names the file. */
export async function openResponse(
  fileName: string,
  bytes: Uint8Array,
  identity: string,
): Promise<OpenedResponseFile> {
  if (bytes.byteLength > maxResponseFileBytes) return refuse(fileName, tooLargeReason(fileName))
  let plaintext: Uint8Array
  try {
    plaintext = await decryptAge(bytes, [{ kind: 'identity', identity }])
  } catch (error) {
    return refuse(fileName, describeAgeFailure(error, fileName))
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(plaintext)
  } catch {
    return refuse(fileName, `${fileName} is not a Trellis response file.`)
  }
  return { fileName, status: 'read', text }
}

function describeAgeFailure(error: unknown, fileName: string): string {
  const code = error instanceof AgeError ? error.code : 'damaged'
  switch (code) {
    case 'not-age':
    case 'unsupported':
      return `${fileName} is not a Trellis response file.`
    // A passphrase file (scrypt) or one for another key: age cannot tell which workspace it is for.
    case 'no-match':
    case 'kdf-out-of-bounds':
      return `${fileName} was written for another workspace: this workspace cannot read it.`
    case 'damaged':
      return `${fileName} is damaged or was changed after it was saved; ask for it to be sent again.`
  }
}

function tooLargeReason(fileName: string): string {
  return `${fileName} is larger than ${maxMegabytes} MB; it is not a Trellis response.`
}

function refuse(fileName: string, reason: string): OpenedResponseFile {
  return { fileName, status: 'refused', reason }
}

function describeWriteFailure(
  error: unknown,
  fileName: string,
  folderName: string,
  index: number,
  total: number,
): string {
  const before =
    index === 0
      ? 'No request file was saved.'
      : `${index} of ${total} request files were saved before it; export again to save the rest.`
  return `Trellis could not save ${fileName} in ${folderName}: ${describeFileError(error)}. ${before}`
}

/** A file system error in words; never Node's own message, which spells out full paths. */
function describeFileError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : ''
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full'
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'Trellis is not allowed to use that folder'
    case 'ENOENT':
      return 'it or its folder no longer exists'
    case 'EISDIR':
      return 'a folder of that name is in the way'
    case '':
      return error instanceof Error ? error.message : String(error)
    default:
      return `the system refused (${code})`
  }
}
