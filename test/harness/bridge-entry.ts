// Bundled into the harness page before any app script: window.api built by the real preload code,
// carried over a Playwright binding instead of Electron's IPC pipe.
import { createDesktopApi } from '../../src/preload/api'

type HarnessWindow = Window & {
  __trellisInvoke(channel: string, input: unknown): Promise<string>
  __trellisEmit(channel: string, payload: unknown): void
}

const harnessWindow = window as unknown as HarnessWindow
const listeners = new Map<string, Set<(payload: unknown) => void>>()

const api = createDesktopApi(
  async (channel, input) => {
    const text = await harnessWindow.__trellisInvoke(channel, input)
    // A large result waits on the harness server (launch.ts); the path is fetched once.
    if (text.startsWith('stashed:')) {
      const path = text.slice('stashed:'.length)
      const response = await fetch(path)
      if (!response.ok)
        throw new Error(`The harness lost the result at ${path} (${response.status}).`)
      return (await response.json()) as unknown
    }
    return JSON.parse(text) as unknown
  },
  (channel, listener) => {
    const set = listeners.get(channel) ?? new Set()
    set.add(listener)
    listeners.set(channel, set)
    return () => set.delete(listener)
  },
)

Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false })
harnessWindow.__trellisEmit = (channel, payload) => {
  for (const listener of listeners.get(channel) ?? []) listener(payload)
}
