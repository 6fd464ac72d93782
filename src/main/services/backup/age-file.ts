import {
  createCipheriv,
  createDecipheriv,
  hkdfSync,
  randomBytes,
  scrypt as scryptCallback,
  type ScryptOptions,
} from 'node:crypto'
import { Decrypter, Encrypter, Stanza, armor, type Identity, type Recipient } from 'age-encryption'

/**
 * age files (age-encryption.org/v1). The header (stanzas, MAC, encoding) is built and checked by
 * the age-encryption library; scrypt and the STREAM payload run on Node's native crypto, which is
 * many times faster than the pure-JS versions for a large workspace.
 */

export type AgeLock =
  | { kind: 'passphrase'; passphrase: string; workFactor?: number }
  | {
      kind: 'recipient'
      recipient: string
    }

export type AgeSecret =
  | { kind: 'passphrase'; passphrase: string }
  | {
      kind: 'identity'
      identity: string
    }

export type AgeErrorCode = 'not-age' | 'damaged' | 'no-match' | 'kdf-out-of-bounds' | 'unsupported'

export class AgeError extends Error {
  constructor(
    readonly code: AgeErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'AgeError'
  }
}

export const defaultWorkFactor = 18
/** Accepted scrypt work factors when reading: 2^10..2^20 (age itself writes 18; 20 needs ~1 GB). */
export const minWorkFactor = 10
export const maxWorkFactor = 20

const magic = 'age-encryption.org/v1\n'
const chunkSize = 64 * 1024
const tagSize = 16
const scryptLabel = 'age-encryption.org/v1/scrypt'
const maxStanzas = 64

function scrypt(passphrase: string, salt: Uint8Array, logN: number): Promise<Buffer> {
  const N = 2 ** logN
  const options: ScryptOptions = { N, r: 8, p: 1, maxmem: 256 * N * 8 + 1024 * 1024 }
  return new Promise((resolve, reject) =>
    scryptCallback(passphrase, salt, 32, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  )
}

function scryptSalt(salt: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(scryptLabel), salt])
}

function sealFileKey(fileKey: Uint8Array, key: Uint8Array): Uint8Array {
  const cipher = createCipheriv('chacha20-poly1305', key, Buffer.alloc(12), { authTagLength: 16 })
  return Buffer.concat([cipher.update(fileKey), cipher.final(), cipher.getAuthTag()])
}

function openFileKey(body: Uint8Array, key: Uint8Array): Uint8Array | null {
  if (body.length !== 32)
    throw new AgeError('damaged', 'The backup file is damaged (invalid stanza).')
  try {
    const decipher = createDecipheriv('chacha20-poly1305', key, Buffer.alloc(12), {
      authTagLength: 16,
    })
    decipher.setAuthTag(body.subarray(16))
    return Buffer.concat([decipher.update(body.subarray(0, 16)), decipher.final()])
  } catch {
    return null
  }
}

class NativeScryptRecipient implements Recipient {
  constructor(
    private readonly passphrase: string,
    private readonly logN: number,
  ) {}

  async wrapFileKey(fileKey: Uint8Array): Promise<Stanza[]> {
    const salt = randomBytes(16)
    const key = await scrypt(this.passphrase, scryptSalt(salt), this.logN)
    const saltText = salt.toString('base64').replace(/=+$/, '')
    return [new Stanza(['scrypt', saltText, String(this.logN)], sealFileKey(fileKey, key))]
  }
}

/** Records the file key the library draws, so the payload can be sealed natively; adds no stanza. */
class FileKeyTap implements Recipient {
  fileKey: Uint8Array | null = null
  wrapFileKey(fileKey: Uint8Array): Stanza[] {
    this.fileKey = fileKey
    return []
  }
}

/** Validates a scrypt stanza's arguments; throws before any key derivation. */
export function checkScryptArgs(args: readonly string[]): { salt: Buffer; logN: number } {
  if (args.length !== 3 || !/^[1-9][0-9]*$/.test(args[2] ?? '')) {
    throw new AgeError('damaged', 'The backup file is damaged (invalid passphrase stanza).')
  }
  const saltText = args[1] ?? ''
  const salt = Buffer.from(saltText, 'base64')
  if (salt.length !== 16 || salt.toString('base64').replace(/=+$/, '') !== saltText) {
    throw new AgeError('damaged', 'The backup file is damaged (invalid passphrase stanza).')
  }
  const logN = Number(args[2])
  if (logN < minWorkFactor || logN > maxWorkFactor) {
    throw new AgeError(
      'kdf-out-of-bounds',
      `The file asks for a passphrase work factor of 2^${args[2]}, outside the safe range 2^${minWorkFactor} to 2^${maxWorkFactor}. It was not made by Trellis or age and was refused unopened.`,
    )
  }
  return { salt, logN }
}

class NativeScryptIdentity implements Identity {
  constructor(private readonly passphrase: string) {}

  async unwrapFileKey(stanzas: Stanza[]): Promise<Uint8Array | null> {
    for (const stanza of stanzas) {
      if (stanza.args[0] !== 'scrypt') continue
      if (stanzas.length !== 1) {
        throw new AgeError(
          'damaged',
          'The backup file is damaged (a passphrase stanza must be alone).',
        )
      }
      const { salt, logN } = checkScryptArgs(stanza.args)
      const key = await scrypt(this.passphrase, scryptSalt(salt), logN)
      const fileKey = openFileKey(stanza.body, key)
      if (fileKey) return fileKey
    }
    return null
  }
}

export type AgeHeaderInfo = {
  /** Bytes of the header including the MAC line and its newline. */
  headerLength: number
  stanzaTypes: string[]
  /** The scrypt stanza's arguments, when the file is passphrase-encrypted. */
  scryptArgs: string[] | null
}

/** Reads the binary or armored file's header cheaply, with no key derivation. */
export function inspectAgeFile(file: Uint8Array): { bytes: Uint8Array; header: AgeHeaderInfo } {
  const bytes = dearmor(file)
  if (!startsWith(bytes, magic)) {
    throw new AgeError('not-age', 'This is not an age-encrypted file (nor a Trellis backup).')
  }
  // Stanza lines and base64 bodies never hold "\n---", so the first one starts the MAC line.
  const macStart = indexOf(bytes, '\n---', magic.length - 1)
  const macEnd = macStart < 0 ? -1 : bytes.indexOf(0x0a, macStart + 1)
  if (macStart < 0 || macEnd < 0) {
    throw new AgeError(
      'damaged',
      'The backup file is damaged or truncated (its header is incomplete).',
    )
  }
  const headerText = Buffer.from(bytes.subarray(0, macStart)).toString('latin1')
  const stanzaLines = headerText.split('\n').filter((line) => line.startsWith('-> '))
  const stanzaArgs = stanzaLines.map((line) => line.slice(3).split(' '))
  // More stanzas than any real file has: each would cost a key agreement to try.
  if (stanzaArgs.length > maxStanzas) {
    throw new AgeError(
      'damaged',
      `The file's header lists ${stanzaArgs.length} recipients; it was refused unopened.`,
    )
  }
  const scrypt = stanzaArgs.find((args) => args[0] === 'scrypt') ?? null
  if (scrypt) checkScryptArgs(scrypt)
  return {
    bytes,
    header: {
      headerLength: macEnd + 1,
      stanzaTypes: stanzaArgs.map((args) => args[0] ?? ''),
      scryptArgs: scrypt,
    },
  }
}

function dearmor(file: Uint8Array): Uint8Array {
  const start = Buffer.from(file.subarray(0, 64)).toString('latin1').trimStart()
  if (!start.startsWith('-----BEGIN AGE ENCRYPTED FILE-----')) return file
  try {
    return armor.decode(Buffer.from(file).toString('latin1'))
  } catch (error) {
    throw new AgeError('damaged', `The armored backup is damaged (${describe(error)}).`)
  }
}

export async function encryptAge(plaintext: Uint8Array, lock: AgeLock): Promise<Uint8Array> {
  const encrypter = new Encrypter()
  const tap = new FileKeyTap()
  if (lock.kind === 'passphrase') {
    encrypter.addRecipient(
      new NativeScryptRecipient(lock.passphrase, lock.workFactor ?? defaultWorkFactor),
    )
  } else {
    encrypter.addRecipient(lock.recipient)
  }
  encrypter.addRecipient(tap)
  // The library seals an empty payload; only its header is kept, the payload is sealed below.
  const empty = await encrypter.encrypt(new Uint8Array(0))
  if (!tap.fileKey) throw new Error('The file key was not drawn.')
  const header = empty.subarray(0, empty.length - 16 - tagSize)
  const nonce = randomBytes(16)
  const payload = sealStream(streamKey(tap.fileKey, nonce), plaintext)
  return Buffer.concat([header, nonce, payload])
}

export async function decryptAge(file: Uint8Array, secrets: AgeSecret[]): Promise<Uint8Array> {
  const { bytes, header } = inspectAgeFile(file)
  const decrypter = new Decrypter()
  for (const secret of secrets) {
    if (secret.kind === 'passphrase')
      decrypter.addIdentity(new NativeScryptIdentity(secret.passphrase))
    else decrypter.addIdentity(secret.identity)
  }
  let fileKey: Uint8Array
  try {
    fileKey = await decrypter.decryptHeader(bytes.subarray(0, header.headerLength))
  } catch (error) {
    if (error instanceof AgeError) throw error
    const message = describe(error)
    if (/no identity matched/.test(message)) {
      throw new AgeError(
        'no-match',
        header.scryptArgs
          ? 'The passphrase is not right for this backup.'
          : 'The key does not open this backup.',
      )
    }
    throw new AgeError('damaged', `The backup file is damaged (${message}).`)
  }
  const nonce = bytes.subarray(header.headerLength, header.headerLength + 16)
  if (nonce.length < 16) {
    throw new AgeError('damaged', 'The backup file is truncated (it ends after its header).')
  }
  return openStream(streamKey(fileKey, nonce), bytes.subarray(header.headerLength + 16))
}

function streamKey(fileKey: Uint8Array, nonce: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', fileKey, nonce, 'payload', 32))
}

function chunkNonce(counter: number, isLast: boolean): Buffer {
  const nonce = Buffer.alloc(12)
  // 11-byte big-endian counter; 2^48 chunks is far beyond any file here.
  nonce.writeUIntBE(counter, 5, 6)
  nonce[11] = isLast ? 1 : 0
  return nonce
}

function sealStream(key: Buffer, plaintext: Uint8Array): Buffer {
  const chunkCount = Math.max(1, Math.ceil(plaintext.length / chunkSize))
  const out = Buffer.allocUnsafe(plaintext.length + chunkCount * tagSize)
  let offset = 0
  for (let index = 0; index < chunkCount; index += 1) {
    const chunk = plaintext.subarray(index * chunkSize, (index + 1) * chunkSize)
    const cipher = createCipheriv(
      'chacha20-poly1305',
      key,
      chunkNonce(index, index === chunkCount - 1),
      {
        authTagLength: tagSize,
      },
    )
    offset += cipher.update(chunk).copy(out, offset)
    offset += cipher.final().copy(out, offset)
    offset += cipher.getAuthTag().copy(out, offset)
  }
  return out
}

function openStream(key: Buffer, payload: Uint8Array): Buffer {
  const sealedChunk = chunkSize + tagSize
  if (payload.length < tagSize) {
    throw new AgeError('damaged', 'The backup file is truncated (its payload is incomplete).')
  }
  const chunkCount = Math.max(1, Math.ceil(payload.length / sealedChunk))
  const parts: Buffer[] = []
  for (let index = 0; index < chunkCount; index += 1) {
    const sealed = payload.subarray(index * sealedChunk, (index + 1) * sealedChunk)
    const isLast = index === chunkCount - 1
    if (sealed.length < tagSize || (isLast && index > 0 && sealed.length === tagSize)) {
      throw new AgeError(
        'damaged',
        'The backup file is truncated or damaged (a payload chunk is cut).',
      )
    }
    const decipher = createDecipheriv('chacha20-poly1305', key, chunkNonce(index, isLast), {
      authTagLength: tagSize,
    })
    decipher.setAuthTag(sealed.subarray(sealed.length - tagSize))
    try {
      parts.push(decipher.update(sealed.subarray(0, sealed.length - tagSize)), decipher.final())
    } catch {
      throw new AgeError(
        'damaged',
        `The backup file is damaged or truncated (chunk ${index + 1} of ${chunkCount} does not check out).`,
      )
    }
  }
  return Buffer.concat(parts)
}

function startsWith(bytes: Uint8Array, text: string): boolean {
  if (bytes.length < text.length) return false
  for (let index = 0; index < text.length; index += 1) {
    if (bytes[index] !== text.charCodeAt(index)) return false
  }
  return true
}

function indexOf(bytes: Uint8Array, text: string, from: number): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(text, from, 'latin1')
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
