/** A colour token of the current theme (`--color-…`), for canvas drawing that CSS cannot reach. */
export function readCssColor(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback
}
