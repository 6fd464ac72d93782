import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PacketBatches } from '../../src/main/services/pdf/packet-batch'
import { renderPacketsPdf } from '../../src/main/services/pdf/packet-pdf'
import { createTestPacket } from '../support/packet-fixture'

const names = ['Renée Dubois', 'Łukasz Nowak', '佐藤 花子']

/** Packets laid out and written by the main-process code: one alone, then a batch of 50 files. */
export async function measurePackets(): Promise<{ onePacketMs: number; fiftyPacketsMs: number }> {
  await renderPacketsPdf([createTestPacket()]) // loads pdfmake and the fonts once, as main does
  const oneStart = performance.now()
  await renderPacketsPdf([createTestPacket({ name: '佐藤 花子' })])
  const onePacketMs = performance.now() - oneStart

  const folder = await mkdtemp(join(tmpdir(), 'trellis-pdf-bench-'))
  try {
    const batches = new PacketBatches()
    const batchStart = performance.now()
    const token = batches.start({ mode: 'separate', folder })
    for (let index = 0; index < 50; index += 1) {
      const name = names[index % names.length]!
      await batches.add(token, `${name} ${index}.pdf`, createTestPacket({ name, size: 2 }))
    }
    await batches.finish(token)
    return { onePacketMs, fiftyPacketsMs: performance.now() - batchStart }
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}
