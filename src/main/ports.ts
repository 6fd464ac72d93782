import type { AppInfo } from '../shared/contract'
import type { ErrorLog } from './services/error-log'

export type FileFilter = { name: string; extensions: string[] }

export interface DialogPort {
  confirm(options: {
    title: string
    message: string
    detail?: string
    confirmLabel: string
    isDestructive?: boolean
  }): Promise<boolean>
  /** Resolves to the chosen path, or null when the user cancels. */
  chooseSavePath(options: {
    title: string
    defaultName: string
    filters: FileFilter[]
  }): Promise<string | null>
  chooseOpenPath(options: { title: string; filters: FileFilter[] }): Promise<string | null>
  /** Several files at once; resolves to the chosen paths, or null when the user cancels. */
  chooseOpenPaths(options: { title: string; filters: FileFilter[] }): Promise<string[] | null>
  /** Resolves to the chosen folder (which the dialog may create), or null when the user cancels. */
  chooseFolder(options: { title: string }): Promise<string | null>
}

/**
 * The OS's own secret storage (Keychain, DPAPI, libsecret), which seals a text so that only this
 * user on this computer can open it. Async because Electron's synchronous calls are deprecated.
 */
export interface SecretPort {
  /** False where the OS has no secret storage: a secret would then be kept in plain text. */
  isAvailable(): Promise<boolean>
  /** The text sealed, as base64. */
  seal(text: string): Promise<string>
  /** The sealed text opened again; throws when it was sealed elsewhere or was changed. */
  open(sealed: string): Promise<string>
}

export interface NotificationPort {
  show(title: string, body: string): boolean
}

export interface ShellPort {
  openExternal(url: string): Promise<void>
  /** Opens a local folder in the file manager; resolves to an error text, empty on success. */
  openPath(path: string): Promise<string>
}

/** Everything the handlers need from the operating system. */
export interface Ports {
  appInfo: AppInfo
  dialogs: DialogPort
  notifications: NotificationPort
  shell: ShellPort
  secrets: SecretPort
  errorLog: ErrorLog
}
