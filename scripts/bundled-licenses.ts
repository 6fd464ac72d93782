import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, sep } from 'node:path'
import type { Plugin } from 'vite'

export type BundledLicense = { name: string; version: string; license: string; text?: string }

/** The package folder a bundled module comes from, or null for the app's own code. */
export function findPackageFolder(moduleId: string): string | null {
  const id = moduleId.replace(/^\0/, '').split('?')[0]!.replaceAll('\\', '/')
  const marker = '/node_modules/'
  const at = id.lastIndexOf(marker)
  if (at < 0) return null
  const rest = id.slice(at + marker.length).split('/')
  const nameParts = rest[0]?.startsWith('@') ? rest.slice(0, 2) : rest.slice(0, 1)
  if (nameParts.length === 0 || nameParts.some((part) => !part)) return null
  return `${id.slice(0, at + marker.length)}${nameParts.join('/')}`.replaceAll('/', sep)
}

function readLicenseText(folder: string): string | undefined {
  const file = readdirSync(folder).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name))
  return file ? readFileSync(join(folder, file), 'utf8').trim() : undefined
}

export function describePackage(folder: string): BundledLicense | null {
  const manifestPath = join(folder, 'package.json')
  if (!existsSync(manifestPath)) return null
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    name?: string
    version?: string
    license?: string | { type?: string }
    licenses?: Array<{ type?: string }>
  }
  if (!manifest.name) return null
  const text = readLicenseText(folder)
  const declared =
    typeof manifest.license === 'string'
      ? manifest.license
      : (manifest.license?.type ?? manifest.licenses?.map((entry) => entry.type).join(' OR '))
  // A package without a licence field still ships its licence file, which the dialog shows.
  const license =
    declared || (text?.match(/^MIT License|Permission is hereby granted/m) ? 'MIT' : 'see text')
  return {
    name: manifest.name,
    version: manifest.version ?? '',
    license,
    text,
  }
}

/** Packages installed as production dependencies: they ship in the app archive's node_modules. */
export function listProductionPackageFolders(root: string): string[] {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean }>
  }
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev)
    .map(([path]) => join(root, path))
}

const collectedFolders = new Set<string>()

/**
 * Records the npm packages each build (main, preload, renderer, built in that order) bundled, and
 * writes their licences beside the renderer as `licenses.js`, which the About dialog loads on demand.
 */
export function bundledLicenses(options: { emit: boolean; root?: string }): Plugin {
  return {
    name: 'trellis-bundled-licenses',
    apply: 'build',
    generateBundle(_output, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue
        for (const id of file.moduleIds ?? Object.keys(file.modules)) {
          const folder = findPackageFolder(id)
          if (folder) collectedFolders.add(folder)
        }
      }
      if (!options.emit) return
      const root = options.root ?? process.cwd()
      const folders = new Set([...collectedFolders, ...listProductionPackageFolders(root)])
      const byName = new Map<string, BundledLicense>()
      for (const folder of folders) {
        const described = describePackage(folder)
        if (described) byName.set(`${described.name}@${described.version}`, described)
      }
      const licenses = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name))
      this.emitFile({
        type: 'asset',
        fileName: 'licenses.js',
        source: `export default ${JSON.stringify(licenses)}\n`,
      })
    },
  }
}
