import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createTestPacket } from '../../../../test/support/packet-fixture'
import { createTestPorts } from '../../../../test/support/test-ports'
import { createPdfHandlers } from './pdf-handlers'

function setUp() {
  const folder = mkdtempSync(join(tmpdir(), 'trellis-batch-'))
  const test = createTestPorts(folder)
  return { folder, dialogs: test.dialogs, handlers: createPdfHandlers(test.ports) }
}

const names = ['Renée Dubois', 'Łukasz Nowak', '佐藤 花子']

describe('PDF handlers', () => {
  it('saves one packet where the user chose', async () => {
    const { folder, dialogs, handlers } = setUp()
    dialogs.savePaths.push(join(folder, 'renee.pdf'))
    const packet = createTestPacket()
    expect(await handlers.exportReviewPacket({ packet, suggestedName: 'x.pdf' })).toEqual({
      status: 'saved',
      fileName: 'renee.pdf',
    })
    execFileSync('qpdf', ['--check', join(folder, 'renee.pdf')])
    dialogs.savePaths.push(null)
    expect(await handlers.exportReviewPacket({ packet, suggestedName: 'x.pdf' })).toEqual({
      status: 'cancelled',
    })
  })

  it('writes one PDF per person, named only when the batch finishes, never overwriting', async () => {
    const { folder, dialogs, handlers } = setUp()
    writeFileSync(join(folder, 'Renée Dubois.pdf'), 'an older file')
    dialogs.openPaths.push(folder)
    const start = await handlers.startPacketBatch({
      mode: 'separate',
      suggestedName: 'p.pdf',
      footer: '',
    })
    if (start.status !== 'started') throw new Error('expected a batch')
    for (const name of names) {
      await handlers.addPacketToBatch({
        token: start.token,
        fileName: `${name}.pdf`,
        packet: createTestPacket({ name }),
      })
    }
    expect(readdirSync(folder).filter((file) => file.endsWith('.pdf'))).toEqual([
      'Renée Dubois.pdf',
    ])
    const { fileNames } = await handlers.finishPacketBatch({ token: start.token })
    expect(fileNames).toEqual(['Renée Dubois (2).pdf', 'Łukasz Nowak.pdf', '佐藤 花子.pdf'])
    expect(readdirSync(folder).sort()).toEqual(
      ['Renée Dubois (2).pdf', 'Renée Dubois.pdf', 'Łukasz Nowak.pdf', '佐藤 花子.pdf'].sort(),
    )
  })

  it('leaves nothing behind when the batch is cancelled', async () => {
    const { folder, dialogs, handlers } = setUp()
    dialogs.openPaths.push(folder)
    const start = await handlers.startPacketBatch({
      mode: 'separate',
      suggestedName: 'p.pdf',
      footer: '',
    })
    if (start.status !== 'started') throw new Error('expected a batch')
    await handlers.addPacketToBatch({
      token: start.token,
      fileName: 'a.pdf',
      packet: createTestPacket(),
    })
    await handlers.addPacketToBatch({
      token: start.token,
      fileName: 'b.pdf',
      packet: createTestPacket(),
    })
    expect(readdirSync(folder)).toHaveLength(2) // hidden temp files
    expect(await handlers.cancelPacketBatch({ token: start.token })).toEqual({ discarded: 2 })
    expect(readdirSync(folder)).toEqual([])
    await expect(handlers.finishPacketBatch({ token: start.token })).rejects.toThrow(/cancelled/)
  })

  it('combines the packets into one PDF written at the end', async () => {
    const { folder, dialogs, handlers } = setUp()
    const target = join(folder, 'team.pdf')
    dialogs.savePaths.push(target)
    const start = await handlers.startPacketBatch({
      mode: 'combined',
      suggestedName: 'team.pdf',
      footer: 'Review packets · 2026 H1',
    })
    if (start.status !== 'started') throw new Error('expected a batch')
    for (const name of names) {
      await handlers.addPacketToBatch({
        token: start.token,
        fileName: 'x.pdf',
        packet: createTestPacket({ name }),
      })
    }
    expect(readdirSync(folder)).toEqual([])
    expect(await handlers.finishPacketBatch({ token: start.token })).toEqual({
      fileNames: ['team.pdf'],
    })
    const text = execFileSync('pdftotext', [target, '-'], { encoding: 'utf8' })
    for (const name of names) expect(text).toContain(name)
    expect(text).toContain('Review packets · 2026 H1')
  })

  it('saves the team report with initials in place of names', async () => {
    const { folder, dialogs, handlers } = setUp()
    dialogs.savePaths.push(join(folder, 'team.pdf'))
    await handlers.exportTeamReport({
      suggestedName: 'team.pdf',
      report: {
        teamName: 'Wholesale',
        generatedOn: '2026-07-02',
        workspaceName: 'Kestrel',
        naming: 'initials',
        scale: [{ level: 0, label: 'None' }],
        skills: [{ name: 'Negotiation', isCritical: true }],
        rows: [{ label: 'R.D.', cells: [{ current: 2, required: 3 }] }],
        systemicGaps: [{ skill: 'Negotiation', below: 3, needing: 4 }],
        coverage: [{ skill: 'Negotiation', atLevel: 1, needing: 4, minExperts: 2 }],
        singlePointsOfFailure: [{ skill: 'Negotiation', holder: 'R.D.' }],
      },
    })
    const text = execFileSync('pdftotext', [join(folder, 'team.pdf'), '-'], { encoding: 'utf8' })
    for (const heading of [
      'Skills matrix',
      'Systemic gaps',
      'Coverage',
      'Single points of failure',
      'R.D.',
      '2/3',
    ]) {
      expect(text).toContain(heading)
    }
  })
})
