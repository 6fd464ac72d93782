import type { DesktopApi } from '../../shared/contract'

declare global {
  interface Window {
    api?: DesktopApi
  }
}

/** The one module that touches window.api: the rest of the renderer imports `desktop`. */
function resolveDesktopApi(): DesktopApi {
  const api = window.api
  if (!api) {
    throw new Error(
      'Trellis must run inside its desktop window (window.api is missing). Start it with `npm start`.',
    )
  }
  return api
}

export const desktop: DesktopApi = resolveDesktopApi()
export type { DesktopApi }
