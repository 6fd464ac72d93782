import { useSyncExternalStore } from 'react'

/** Hash routes (`#/people`) work the same from a file:// page and a dev server. */
export function readRoutePath(): string {
  const path = window.location.hash.replace(/^#/, '')
  return path.startsWith('/') ? path : '/'
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

export function useRoutePath(): string {
  return useSyncExternalStore(subscribe, readRoutePath)
}

export function navigate(path: string): void {
  window.location.hash = path
}
