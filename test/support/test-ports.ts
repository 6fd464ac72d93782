import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { join, posix, win32 } from 'node:path'
import type { DialogPort, Ports, SecretPort } from '../../src/main/ports'
import { createErrorLog } from '../../src/main/services/error-log'

/** Dialog answers a test scripts in advance; an unscripted dialog fails the test loudly. */
export class ScriptedDialogs implements DialogPort {
  readonly confirmAnswers: boolean[] = []
  readonly savePaths: Array<string | null> = []
  readonly openPaths: Array<string | null> = []
  /** Answers of the multi-file open dialog: the chosen paths, or null for Cancel. */
  readonly openPathLists: Array<string[] | null> = []
  readonly asked: Array<{ kind: string; title: string }> = []

  async confirm(options: { title: string }): Promise<boolean> {
    this.asked.push({ kind: 'confirm', title: options.title })
    const answer = this.confirmAnswers.shift()
    if (answer === undefined) throw new Error(`Unscripted confirm dialog: ${options.title}`)
    return answer
  }

  async chooseSavePath(options: { title: string }): Promise<string | null> {
    this.asked.push({ kind: 'save', title: options.title })
    const answer = this.savePaths.shift()
    if (answer === undefined) throw new Error(`Unscripted save dialog: ${options.title}`)
    return answer
  }

  async chooseOpenPath(options: { title: string }): Promise<string | null> {
    this.asked.push({ kind: 'open', title: options.title })
    const answer = this.openPaths.shift()
    if (answer === undefined) throw new Error(`Unscripted open dialog: ${options.title}`)
    return answer
  }

  async chooseOpenPaths(options: { title: string }): Promise<string[] | null> {
    this.asked.push({ kind: 'open-many', title: options.title })
    const answer = this.openPathLists.shift()
    if (answer === undefined)
      throw new Error(`Unscripted open dialog (many files): ${options.title}`)
    return answer
  }

  /** A folder is picked with an open dialog, so it takes its answer from `openPaths`. */
  async chooseFolder(options: { title: string }): Promise<string | null> {
    this.asked.push({ kind: 'folder', title: options.title })
    const answer = this.openPaths.shift()
    if (answer === undefined) throw new Error(`Unscripted folder dialog: ${options.title}`)
    return answer
  }
}

/**
 * The OS secret storage stand-in: real AES-256-GCM under a key that lives only in this instance,
 * so a sealed text never holds the secret, and one sealed by another instance (another computer)
 * does not open.
 */
export class SealingSecrets implements SecretPort {
  /** Set to false to act as a computer without secret storage. */
  isStorageAvailable = true
  private readonly key = randomBytes(32)

  async isAvailable(): Promise<boolean> {
    return this.isStorageAvailable
  }

  async seal(text: string): Promise<string> {
    if (!this.isStorageAvailable) throw new Error('Secret storage is not available.')
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', this.key, iv)
    const sealed = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()])
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64')
  }

  async open(sealed: string): Promise<string> {
    if (!this.isStorageAvailable) throw new Error('Secret storage is not available.')
    const bytes = Buffer.from(sealed, 'base64')
    if (bytes.length < 28) throw new Error('The sealed text is too short.')
    const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, 12))
    decipher.setAuthTag(bytes.subarray(12, 28))
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8')
  }
}

export function createTestPorts(userDataPath: string) {
  const dialogs = new ScriptedDialogs()
  const secrets = new SealingSecrets()
  const notifications: Array<{ title: string; body: string }> = []
  const openedExternal: string[] = []
  const openedPaths: string[] = []
  const ports: Ports = {
    appInfo: {
      name: 'Trellis',
      version: '0.0.0-test',
      platform: process.platform,
      userDataPath,
      isPackaged: false,
    },
    dialogs,
    notifications: {
      show(title, body) {
        notifications.push({ title, body })
        return true
      },
    },
    shell: {
      async openExternal(url) {
        openedExternal.push(url)
      },
      async openPath(path) {
        openedPaths.push(path)
        return ''
      },
    },
    secrets,
    errorLog: createErrorLog({
      folder: join(userDataPath, 'logs'),
      appVersion: '0.0.0-test',
      now: () => new Date(),
    }),
  }
  return { ports, dialogs, secrets, notifications, openedExternal, openedPaths }
}

/**
 * Where a real user might keep their backups: a folder they chose in Documents, as the app shows
 * it (the full path, which is how Settings shows every folder). For screenshots only: the harness
 * keeps its own data in a temp folder whose path no user would see. Nothing creates or writes this
 * folder unless a backup is made, which the screenshot run never does.
 */
export function exampleBackupFolder(platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return win32.join('C:\\Users', 'niamh', 'Documents', 'Trellis backups')
  const home = platform === 'darwin' ? '/Users/niamh' : '/home/niamh'
  return posix.join(home, 'Documents', 'Trellis backups')
}
