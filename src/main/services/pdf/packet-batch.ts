import { randomBytes, randomUUID } from 'node:crypto'
import { access, open, rename, rm } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { ReviewPacket } from '../../../shared/domain/reviews/packet'
import { writeFileAtomic } from '../atomic-write'
import { renderPacketsPdf } from './packet-pdf'

type Batch =
  | { mode: 'separate'; folder: string; written: Array<{ tempPath: string; fileName: string }> }
  | { mode: 'combined'; targetPath: string; footer: string; packets: ReviewPacket[] }

export type BatchStart =
  { mode: 'separate'; folder: string } | { mode: 'combined'; targetPath: string; footer: string }

/**
 * A batch export in steps the renderer drives (so it can show progress and stop between people).
 * Packets go to hidden temp files; only `finish` gives them their names, so a cancel or a crash
 * leaves no half-written or half-named PDF behind.
 */
export class PacketBatches {
  private readonly batches = new Map<string, Batch>()

  start(options: BatchStart): string {
    const token = randomUUID()
    this.batches.set(
      token,
      options.mode === 'separate'
        ? { mode: 'separate', folder: options.folder, written: [] }
        : { mode: 'combined', targetPath: options.targetPath, footer: options.footer, packets: [] },
    )
    return token
  }

  async add(token: string, fileName: string, packet: ReviewPacket): Promise<number> {
    const batch = this.find(token)
    if (batch.mode === 'combined') {
      batch.packets.push(packet)
      return batch.packets.length
    }
    const bytes = await renderPacketsPdf([packet])
    // the batch may have been cancelled while this packet was being laid out
    if (!this.batches.has(token)) return 0
    const tempPath = join(batch.folder, `.${fileName}.${randomBytes(6).toString('hex')}.tmp`)
    const handle = await open(tempPath, 'wx', 0o600)
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    if (!this.batches.has(token)) {
      await rm(tempPath, { force: true })
      return 0
    }
    batch.written.push({ tempPath, fileName })
    return batch.written.length
  }

  async finish(token: string): Promise<string[]> {
    const batch = this.find(token)
    this.batches.delete(token)
    if (batch.mode === 'combined') {
      await writeFileAtomic(batch.targetPath, await renderPacketsPdf(batch.packets, batch.footer))
      return [basename(batch.targetPath)]
    }
    const names: string[] = []
    const taken = new Set<string>()
    try {
      for (const item of batch.written) {
        const name = await chooseFreeName(batch.folder, item.fileName, taken)
        await rename(item.tempPath, join(batch.folder, name))
        taken.add(name)
        names.push(name)
      }
    } finally {
      await Promise.all(batch.written.map((item) => rm(item.tempPath, { force: true })))
    }
    return names
  }

  async cancel(token: string): Promise<number> {
    const batch = this.batches.get(token)
    if (!batch) return 0
    this.batches.delete(token)
    if (batch.mode === 'combined') return batch.packets.length
    await Promise.all(batch.written.map((item) => rm(item.tempPath, { force: true })))
    return batch.written.length
  }

  private find(token: string): Batch {
    const batch = this.batches.get(token)
    if (!batch) throw new Error('This export was cancelled or has already finished.')
    return batch
  }
}

/** "Name.pdf", else "Name (2).pdf", ...: a batch never overwrites a file already in the folder. */
async function chooseFreeName(
  folder: string,
  fileName: string,
  taken: Set<string>,
): Promise<string> {
  const stem = fileName.replace(/\.pdf$/i, '')
  for (let attempt = 1; ; attempt += 1) {
    const candidate = attempt === 1 ? `${stem}.pdf` : `${stem} (${attempt}).pdf`
    if (taken.has(candidate)) continue
    const exists = await access(join(folder, candidate)).then(
      () => true,
      () => false,
    )
    if (!exists) return candidate
  }
}
