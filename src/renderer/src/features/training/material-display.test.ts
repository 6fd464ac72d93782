import { describe, expect, it } from 'vitest'
import type { Material } from '../../../../shared/model'
import { describeMaterialSource, formatFileSize, toPickFileTitle } from './material-display'

const base = { id: 'm', ownerId: 'i', title: 'T', addedAt: '2026-11-23T09:30:00.000Z' }

describe('material display', () => {
  it('writes sizes as a person reads them', () => {
    expect(formatFileSize(0)).toBe('0 bytes')
    expect(formatFileSize(1)).toBe('1 byte')
    expect(formatFileSize(1023)).toBe('1023 bytes')
    expect(formatFileSize(1024)).toBe('1 KB')
    expect(formatFileSize(12_700)).toBe('12 KB')
    expect(formatFileSize(3.44 * 1024 * 1024)).toBe('3.4 MB')
    expect(formatFileSize(20 * 1024 * 1024)).toBe('20 MB')
  })

  it('names a link by its site and a file by its name and size', () => {
    const link: Material = { ...base, kind: 'link', url: 'https://www.example.org/a/b?c=d' }
    expect(describeMaterialSource(link)).toBe('example.org')
    expect(describeMaterialSource({ ...link, url: 'not a url' })).toBe('not a url')
    const file: Material = { ...base, kind: 'file', fileName: 'Slides.pdf', size: 2048, data: '' }
    expect(describeMaterialSource(file)).toBe('Slides.pdf · 2 KB')
  })

  it('keeps the file dialog title within what main accepts', () => {
    expect(toPickFileTitle('Forklift refresher')).toBe('Add a file to “Forklift refresher”')
    expect(toPickFileTitle('x'.repeat(300)).length).toBeLessThanOrEqual(200)
  })
})
