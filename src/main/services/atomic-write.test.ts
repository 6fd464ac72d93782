import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFileAtomic } from './atomic-write'

describe('writeFileAtomic', () => {
  it('replaces the target and leaves no temp file behind', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'trellis-atomic-'))
    const target = join(folder, 'data.json')
    await writeFile(target, 'old')
    await writeFileAtomic(target, 'new')
    expect(await readFile(target, 'utf8')).toBe('new')
    expect(await readdir(folder)).toEqual(['data.json'])
  })

  it('leaves what was there, and no temp file, when the rename fails', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'trellis-atomic-'))
    const target = join(folder, 'data.json')
    // A non-empty folder at the target path makes the rename fail, even for root.
    await mkdir(target)
    await writeFile(join(target, 'keep.txt'), 'old')
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow()
    expect(await readdir(folder)).toEqual(['data.json'])
    expect(await readFile(join(target, 'keep.txt'), 'utf8')).toBe('old')
  })

  it('fails on a missing folder without creating anything', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'trellis-atomic-'))
    await expect(writeFileAtomic(join(folder, 'missing', 'x.json'), 'x')).rejects.toThrow(/ENOENT/)
    expect(await readdir(folder)).toEqual([])
  })
})
