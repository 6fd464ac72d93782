import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  createPeerFeedbackData,
  peerFixtureToday,
} from '../../../../test/support/peer-feedback-fixture'
import { buildReviewPacket } from '../../../shared/domain/reviews/build-packet'
import { ReviewPacket } from '../../../shared/domain/reviews/packet'
import { renderPacketsPdf } from './packet-pdf'

const folder = mkdtempSync(join(tmpdir(), 'trellis-peer-pdf-'))

async function renderPeerPacket(
  name: string,
  options: { raterCount: number; isAnonymous: boolean },
) {
  const fixture = createPeerFeedbackData(options)
  const packet = ReviewPacket.parse(
    buildReviewPacket(fixture.data, {
      personId: fixture.personId,
      period: fixture.period,
      cycle: null,
      includePrivateNotes: false,
      today: peerFixtureToday,
      workspaceName: 'Kestrel Coffee Roasters',
    }),
  )
  const path = join(folder, `${name}.pdf`)
  writeFileSync(path, await renderPacketsPdf([packet]))
  // The page with the section, as text and (for a person to look at) as a PNG.
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1],
  )
  for (let page = 1; page <= pages; page += 1) {
    const text = execFileSync(
      'pdftotext',
      ['-f', String(page), '-l', String(page), '-layout', path, '-'],
      {
        encoding: 'utf8',
      },
    )
    if (!text.includes('Peer feedback')) continue
    const out = process.env.TRELLIS_PDF_PNG_DIR
    if (out) {
      mkdirSync(out, { recursive: true })
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '70',
        '-f',
        String(page),
        '-l',
        String(page),
        path,
        join(out, name),
      ])
    }
    return { text, fixture }
  }
  throw new Error('No page has the Peer feedback section.')
}

describe('the packet PDF’s peer feedback', () => {
  it('prints the raters, the rating averages with n and the anonymised texts', async () => {
    const { text, fixture } = await renderPeerPacket('peer-anonymous-3', {
      raterCount: 3,
      isAnonymous: true,
    })
    expect(text).toContain('3 colleagues answered a peer feedback request in the period.')
    expect(text).toMatch(/works well with others\.\s+4\.0\s+3/)
    expect(text).toContain('PEER-TEXT-1')
    expect(text).toContain('A colleague')
    for (const name of fixture.raterNames) expect(text).not.toContain(name)
  }, 30_000)

  it('prints why feedback from two anonymised raters is held back, and none of it', async () => {
    const { text } = await renderPeerPacket('peer-anonymous-2', {
      raterCount: 2,
      isAnonymous: true,
    })
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Peer feedback from 2 colleagues is held back until at least 3 have answered, to keep it anonymous.',
    )
    expect(text).not.toContain('PEER-TEXT')
  }, 30_000)
})
