/** Where the app's own page lives: a file in production, the dev server during `npm run dev`. */
export type AppEntry = { kind: 'file'; url: string } | { kind: 'dev-server'; url: string }

function parseUrl(value: string): URL | null {
  try {
    return new URL(value)
  } catch {
    return null
  }
}

/** True only for the app's own page (hash and query may differ; nothing else may). */
export function isAppPageUrl(candidate: string | undefined | null, entry: AppEntry): boolean {
  if (!candidate) return false
  const url = parseUrl(candidate)
  const app = parseUrl(entry.url)
  if (!url || !app) return false
  if (entry.kind === 'file') {
    return url.protocol === 'file:' && url.host === app.host && url.pathname === app.pathname
  }
  return url.origin === app.origin && url.protocol === app.protocol
}

const externalProtocols = new Set(['https:', 'mailto:'])

/** Links the user may open in their browser or mail client. */
export function isAllowedExternalUrl(candidate: string): boolean {
  const url = parseUrl(candidate)
  if (!url || !externalProtocols.has(url.protocol)) return false
  if (url.protocol === 'https:') return url.hostname.length > 0 && !url.username && !url.password
  return url.pathname.length > 0
}
