import { basename } from 'node:path'
import type { HandlerTable } from '../../handlers'
import type { Ports } from '../../ports'
import { writeFileAtomic } from '../atomic-write'
import { PacketBatches } from './packet-batch'
import { renderPacketsPdf, renderTeamReportPdf } from './packet-pdf'

type PdfOperations =
  | 'exportReviewPacket'
  | 'startPacketBatch'
  | 'addPacketToBatch'
  | 'finishPacketBatch'
  | 'cancelPacketBatch'
  | 'exportTeamReport'

const pdfFilters = [{ name: 'PDF document', extensions: ['pdf'] }]

export function createPdfHandlers(ports: Ports): Pick<HandlerTable, PdfOperations> {
  const batches = new PacketBatches()
  return {
    exportReviewPacket: async ({ packet, suggestedName }) => {
      const path = await ports.dialogs.chooseSavePath({
        title: 'Save the review packet',
        defaultName: suggestedName,
        filters: pdfFilters,
      })
      if (!path) return { status: 'cancelled' }
      await writeFileAtomic(path, await renderPacketsPdf([packet]))
      return { status: 'saved', fileName: basename(path) }
    },

    startPacketBatch: async ({ mode, suggestedName, footer }) => {
      if (mode === 'combined') {
        const targetPath = await ports.dialogs.chooseSavePath({
          title: 'Save the review packets as one PDF',
          defaultName: suggestedName,
          filters: pdfFilters,
        })
        if (!targetPath) return { status: 'cancelled' }
        return { status: 'started', token: batches.start({ mode, targetPath, footer }) }
      }
      const folder = await ports.dialogs.chooseFolder({
        title: 'Choose a folder for the review packets',
      })
      if (!folder) return { status: 'cancelled' }
      return { status: 'started', token: batches.start({ mode, folder }) }
    },

    addPacketToBatch: async ({ token, fileName, packet }) => ({
      count: await batches.add(token, fileName, packet),
    }),

    finishPacketBatch: async ({ token }) => ({ fileNames: await batches.finish(token) }),

    cancelPacketBatch: async ({ token }) => ({ discarded: await batches.cancel(token) }),

    exportTeamReport: async ({ report, suggestedName }) => {
      const path = await ports.dialogs.chooseSavePath({
        title: 'Save the team skills report',
        defaultName: suggestedName,
        filters: pdfFilters,
      })
      if (!path) return { status: 'cancelled' }
      await writeFileAtomic(path, await renderTeamReportPdf(report))
      return { status: 'saved', fileName: basename(path) }
    },
  }
}
