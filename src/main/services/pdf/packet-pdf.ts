import type { Content } from 'pdfmake/interfaces'
import type { ReviewPacket, TeamReport } from '../../../shared/domain/reviews/packet'
import { createBlocks, createDocument } from './blocks'
import { getFontLocations, renderPdf } from './render'
import { layoutPacket } from './packet-layout'
import { layoutTeamReport } from './team-report-layout'

export function describePacketFooter(packet: ReviewPacket): string {
  return `${packet.person.name} · ${packet.period.label} (${packet.period.start} to ${packet.period.end})`
}

/** One PDF holding one or more packets (a combined batch puts each on fresh pages). */
export async function renderPacketsPdf(
  packets: ReviewPacket[],
  footerLeft = packets.length === 1 ? describePacketFooter(packets[0]!) : '',
): Promise<Uint8Array> {
  const fonts = getFontLocations()
  const blocks = createBlocks(fonts)
  const content: Content[] = packets.flatMap((packet, index) =>
    layoutPacket(packet, blocks, index === 0),
  )
  const title =
    packets.length === 1 ? `Review packet: ${packets[0]!.person.name}` : 'Review packets'
  return renderPdf(createDocument(content, { title, footerLeft, fonts }))
}

export async function renderTeamReportPdf(report: TeamReport): Promise<Uint8Array> {
  const fonts = getFontLocations()
  const blocks = createBlocks(fonts)
  return renderPdf(
    createDocument(layoutTeamReport(report, blocks), {
      title: `Team skills report: ${report.teamName}`,
      footerLeft: `Team skills report · ${report.teamName} · ${report.generatedOn}`,
      fonts,
    }),
  )
}
