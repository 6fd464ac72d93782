/**
 * A stand-in for the `electron` module in unit tests: it records what main-process code asks
 * of Electron (window options, event handlers, IPC handlers, permission handlers) so tests can
 * assert every security setting without the Electron binary.
 */
type Listener = (...args: unknown[]) => unknown

class FakeWebContents {
  readonly listeners = new Map<string, Listener[]>()
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  readonly sent: Array<{ channel: string; payload: unknown }> = []

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }

  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload })
  }

  /** Fires an event the way Electron does and reports whether a listener prevented it. */
  emitNavigation(event: string, url: string): { isPrevented: boolean } {
    let isPrevented = false
    const navigationEvent = { url, preventDefault: () => (isPrevented = true) }
    for (const listener of this.listeners.get(event) ?? []) listener(navigationEvent, url)
    return { isPrevented }
  }
}

export class BrowserWindow {
  static readonly created: BrowserWindow[] = []
  readonly webContents = new FakeWebContents()
  readonly loadedUrls: string[] = []
  private readonly onceListeners = new Map<string, Listener>()

  constructor(readonly options: Record<string, unknown>) {
    BrowserWindow.created.push(this)
  }

  static getFocusedWindow(): BrowserWindow | null {
    return BrowserWindow.created.at(-1) ?? null
  }

  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.created
  }

  once(event: string, listener: Listener): this {
    this.onceListeners.set(event, listener)
    return this
  }

  on(): this {
    return this
  }

  show(): void {}

  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url)
  }
}

class FakeSession {
  permissionRequestHandler: Listener | null = null
  permissionCheckHandler: Listener | null = null
  setPermissionRequestHandler(handler: Listener): void {
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler(handler: Listener): void {
    this.permissionCheckHandler = handler
  }
}

export const session = { defaultSession: new FakeSession() }

export const shell = {
  opened: [] as string[],
  async openExternal(url: string): Promise<void> {
    shell.opened.push(url)
  },
}

export const ipcMain = {
  handlers: new Map<string, Listener>(),
  handle(channel: string, listener: Listener): void {
    ipcMain.handlers.set(channel, listener)
  },
}

export const app = {
  getName: () => 'Trellis',
  getVersion: () => '0.0.0-test',
  getPath: (name: string) => `/tmp/trellis-stub/${name}`,
  isPackaged: false,
}

export class Notification {
  static isSupported(): boolean {
    return true
  }
  show(): void {}
}

export const dialog = {}
export const Menu = { buildFromTemplate: (template: unknown) => template, setApplicationMenu() {} }
export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, value: unknown): void {
    contextBridge.exposed.set(key, value)
  },
}
export const ipcRenderer = {
  invoked: [] as Array<{ channel: string; input: unknown }>,
  async invoke(channel: string, input: unknown): Promise<unknown> {
    ipcRenderer.invoked.push({ channel, input })
    return { ok: true, value: { channel } }
  },
  on(): void {},
  removeListener(): void {},
}
