import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createTestPacket } from '../../../../test/support/packet-fixture'
import { packetSections, ReviewPacket } from '../../../shared/domain/reviews/packet'
import { renderPacketsPdf } from './packet-pdf'

const folder = mkdtempSync(join(tmpdir(), 'trellis-pdf-'))

async function writePdf(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(folder, name)
  writeFileSync(path, bytes)
  return path
}

function readText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
}

function countPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1])
}

describe('review packet PDF', () => {
  it('passes qpdf --check and prints every section, the names and the period', async () => {
    const packet = ReviewPacket.parse(createTestPacket())
    const path = await writePdf('packet.pdf', await renderPacketsPdf([packet]))
    expect(() => execFileSync('qpdf', ['--check', path])).not.toThrow()
    const text = readText(path)
    for (const section of packetSections) expect(text).toContain(section)
    expect(text).toContain('Renée Dubois')
    expect(text).toContain('Łukasz Nowak')
    expect(text).toContain('佐藤 花子')
    expect(text).toMatch(/Page 1 of \d+/)
    expect(text).toContain('2026 H1 (2026-01-01 to 2026-06-30)')
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' })
    expect(fonts).toMatch(/Roboto/)
    expect(fonts).toMatch(/NotoSansJP/)
    expect(fonts).not.toMatch(/\bno\s+(yes|no)\s+(yes|no)/) // every font embedded
  })

  it('puts a CJK name on the cover', async () => {
    const packet = createTestPacket({ name: '佐藤 花子' })
    const path = await writePdf('cjk.pdf', await renderPacketsPdf([packet]))
    const firstPage = execFileSync('pdftotext', ['-f', '1', '-l', '1', path, '-'], {
      encoding: 'utf8',
    })
    expect(firstPage).toContain('佐藤 花子')
  })

  it('grows with the content: long text flows over more pages', async () => {
    const small = await writePdf(
      'small.pdf',
      await renderPacketsPdf([createTestPacket({ size: 1 })]),
    )
    const large = await writePdf(
      'large.pdf',
      await renderPacketsPdf([createTestPacket({ size: 6 })]),
    )
    expect(countPages(large)).toBeGreaterThan(countPages(small))
    expect(() => execFileSync('qpdf', ['--check', large])).not.toThrow()
  })

  it('leaves private notes out unless they were ticked', async () => {
    const without = await writePdf('public.pdf', await renderPacketsPdf([createTestPacket()]))
    expect(readText(without)).not.toContain('PRIVATE-NOTE')
    expect(readText(without)).toContain('Private notes are not included')
    const withNotes = await writePdf(
      'private.pdf',
      await renderPacketsPdf([createTestPacket({ includePrivateNotes: true })]),
    )
    expect(readText(withNotes)).toContain('PRIVATE-NOTE-0')
  })

  it('combines several packets into one PDF, each starting on its own page', async () => {
    const names = ['Renée Dubois', 'Łukasz Nowak', '佐藤 花子']
    const path = await writePdf(
      'combined.pdf',
      await renderPacketsPdf(
        names.map((name) => createTestPacket({ name })),
        'Review packets · 2026 H1',
      ),
    )
    const single = await writePdf('single.pdf', await renderPacketsPdf([createTestPacket()]))
    expect(countPages(path)).toBeGreaterThanOrEqual(3 * countPages(single) - 3)
    const text = readText(path)
    for (const name of names) expect(text).toContain(name)
  })
})
