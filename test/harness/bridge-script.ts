import { fileURLToPath } from 'node:url'
import { buildSync } from 'esbuild'

let cached: string | null = null

/** The preload API bundled as one classic script for `addInitScript`. */
export function buildBridgeScript(): string {
  if (cached) return cached
  const result = buildSync({
    entryPoints: [fileURLToPath(new URL('./bridge-entry.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  })
  cached = result.outputFiles[0]!.text
  return cached
}
