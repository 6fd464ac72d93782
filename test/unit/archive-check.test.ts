import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  checkArchive,
  requiredEntries,
  sizeByPackage,
  sumFolderBytes,
} from '../../scripts/archive-check'

const appEntries = requiredEntries.map((path) => ({ path, size: 1000 }))
const megabyte = 1024 * 1024

describe('app archive check', () => {
  it('passes an archive with the app files, under its budget', () => {
    expect(
      checkArchive({ totalBytes: 10 * megabyte, budgetBytes: 45 * megabyte, entries: appEntries }),
    ).toEqual([])
  })

  it('fails an archive past its budget and names the largest packages', () => {
    const entries = [
      ...appEntries,
      { path: '/node_modules/pdfmake/build/vfs_fonts.js', size: 30 * megabyte },
      { path: '/node_modules/@noble/hashes/index.js', size: 2 * megabyte },
    ]
    const problems = checkArchive({
      totalBytes: 46 * megabyte,
      budgetBytes: 45 * megabyte,
      entries,
    })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(
      /^The app archive is 46\.0 MB, over its budget of 45\.0 MB\. Largest: pdfmake 30\.0 MB, @noble\/hashes 2\.0 MB, /,
    )
  })

  it('fails when an app file is missing or a bundled package ships in node_modules', () => {
    const entries = [
      ...appEntries.filter((entry) => entry.path !== '/out/preload/index.cjs'),
      { path: '/node_modules/react/index.js', size: 10 },
    ]
    expect(checkArchive({ totalBytes: 1, budgetBytes: megabyte, entries })).toEqual([
      'The archive lacks /out/preload/index.cjs.',
      'node_modules/react is in the archive, but electron-vite bundles it: move it to devDependencies.',
    ])
  })

  it('adds up the sizes of packages and of a folder on disk', () => {
    expect([
      ...sizeByPackage([
        { path: '/node_modules/a/x.js', size: 5 },
        { path: '/node_modules/@s/b/y.js', size: 7 },
        { path: '/node_modules/a/z.js', size: 4 },
      ]),
    ]).toEqual([
      ['a', 9],
      ['@s/b', 7],
    ])
    const folder = mkdtempSync(join(tmpdir(), 'trellis-size-'))
    mkdirSync(join(folder, 'app.asar.unpacked'))
    writeFileSync(join(folder, 'app.asar'), Buffer.alloc(1500))
    writeFileSync(join(folder, 'app.asar.unpacked', 'native.node'), Buffer.alloc(500))
    expect(sumFolderBytes(folder)).toBe(2000)
    rmSync(folder, { recursive: true, force: true })
  })
})
