import { contextBridge, ipcRenderer } from 'electron'
import type { DesktopApi } from '../shared/contract'
import { createDesktopApi } from './api'

const api: DesktopApi = createDesktopApi(
  (channel, input) => ipcRenderer.invoke(channel, input),
  (channel, listener) => {
    // Only the payload crosses over: the IpcRendererEvent (and its sender) never reaches the page.
    const wrapped = (_event: unknown, payload: unknown): void => listener(payload)
    ipcRenderer.on(channel, wrapped)
    return () => {
      ipcRenderer.removeListener(channel, wrapped)
    }
  },
)

contextBridge.exposeInMainWorld('api', api)
