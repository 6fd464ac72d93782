import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** Files the packaged app cannot start without. */
export const requiredEntries = [
  '/package.json',
  '/out/main/index.js',
  '/out/preload/index.cjs',
  '/out/renderer/index.html',
]

/**
 * Packages electron-vite bundles into out/: a copy in the archive's node_modules means one of them
 * slipped into `dependencies`.
 */
export const bundledPackages = [
  'react',
  'react-dom',
  'dexie',
  'zod',
  'zustand',
  'chart.js',
  'papaparse',
  'lucide-react',
  'electron',
]

export function sumFolderBytes(folder: string): number {
  let total = 0
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) total += sumFolderBytes(path)
    else if (entry.isFile()) total += statSync(path).size
  }
  return total
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** The packages inside an archive listing, largest first ('/node_modules/@scope/name/...'). */
export function sizeByPackage(entries: Array<{ path: string; size: number }>): Map<string, number> {
  const sizes = new Map<string, number>()
  for (const { path, size } of entries) {
    const parts = path.split('/').filter(Boolean)
    const name =
      parts[0] === 'node_modules'
        ? parts[1]?.startsWith('@')
          ? `${parts[1]}/${parts[2]}`
          : parts[1]
        : parts.slice(0, 2).join('/')
    if (name) sizes.set(name, (sizes.get(name) ?? 0) + size)
  }
  return new Map([...sizes].sort((a, b) => b[1] - a[1]))
}

/** Every problem with a would-be app archive; an empty list means it may ship. */
export function checkArchive(options: {
  totalBytes: number
  budgetBytes: number
  entries: Array<{ path: string; size: number }>
}): string[] {
  const { totalBytes, budgetBytes, entries } = options
  const problems: string[] = []
  const paths = new Set(entries.map((entry) => entry.path))
  for (const required of requiredEntries) {
    if (!paths.has(required)) problems.push(`The archive lacks ${required}.`)
  }
  const packages = sizeByPackage(entries)
  for (const name of bundledPackages) {
    if (packages.has(name)) {
      problems.push(
        `node_modules/${name} is in the archive, but electron-vite bundles it: move it to devDependencies.`,
      )
    }
  }
  if (totalBytes > budgetBytes) {
    const largest = [...packages]
      .slice(0, 5)
      .map(([name, size]) => `${name} ${formatMegabytes(size)}`)
      .join(', ')
    problems.push(
      `The app archive is ${formatMegabytes(totalBytes)}, over its budget of ${formatMegabytes(budgetBytes)}. Largest: ${largest}.`,
    )
  }
  return problems
}
