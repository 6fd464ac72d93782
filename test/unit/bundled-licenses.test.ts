import { join, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  describePackage,
  findPackageFolder,
  listProductionPackageFolders,
} from '../../scripts/bundled-licenses'

describe('bundled licences', () => {
  it('finds the package folder of a bundled module, scoped or nested', () => {
    const native = (path: string) => path.replaceAll('/', sep)
    expect(findPackageFolder('/app/node_modules/react/cjs/react.production.js')).toBe(
      native('/app/node_modules/react'),
    )
    expect(findPackageFolder('\0/app/node_modules/@noble/hashes/sha2.js?commonjs-module')).toBe(
      native('/app/node_modules/@noble/hashes'),
    )
    expect(findPackageFolder('/app/node_modules/a/node_modules/b/index.js')).toBe(
      native('/app/node_modules/a/node_modules/b'),
    )
    expect(findPackageFolder('/app/src/renderer/src/main.tsx')).toBeNull()
  })

  it('reads a package name, version, licence and licence text', () => {
    const react = describePackage(join(process.cwd(), 'node_modules', 'react'))
    expect(react).toMatchObject({ name: 'react', license: 'MIT' })
    expect(react?.text).toMatch(/Permission is hereby granted/)
  })

  it('lists the production dependencies from the lockfile, not the dev ones', () => {
    const folders = listProductionPackageFolders(process.cwd()).map((folder) =>
      folder.replaceAll(sep, '/'),
    )
    expect(folders.some((folder) => folder.endsWith('/node_modules/pdfmake'))).toBe(true)
    expect(folders.some((folder) => folder.endsWith('/node_modules/vitest'))).toBe(false)
  })
})
