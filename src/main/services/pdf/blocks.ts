import type { Content, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces'
import { splitFontRuns, type FontLocations } from './fonts'

/** Builders shared by the packet and the team report; every user text goes through `text`. */
export interface Blocks {
  text(value: string, style?: string | string[]): Content
  heading(value: string): Content
  subheading(value: string): Content
  paragraph(label: string, value: string): Content
  muted(value: string): Content
  table(headers: string[], rows: string[][], widths?: Array<string | number>): Content
  bar(share: number, width?: number): Content
}

export const pageWidth = 595.28 - 2 * 48

export const styles: StyleDictionary = {
  title: { fontSize: 24, bold: true, margin: [0, 0, 0, 8] },
  subtitle: { fontSize: 13, color: '#444444', margin: [0, 0, 0, 4] },
  h1: { fontSize: 15, bold: true, color: '#1f4d3a', margin: [0, 14, 0, 6] },
  h2: { fontSize: 11.5, bold: true, margin: [0, 8, 0, 3] },
  label: { bold: true },
  muted: { color: '#666666', fontSize: 9 },
  th: { bold: true, fillColor: '#e8efe9' },
}

export function createBlocks(fonts: FontLocations): Blocks {
  const runs = (value: string) => splitFontRuns(value, fonts)
  const text = (value: string, style?: string | string[]): Content => ({
    text: runs(value),
    ...(style ? { style } : {}),
  })
  return {
    text,
    heading: (value) => ({ text: runs(value), style: 'h1', headlineLevel: 1 }),
    subheading: (value) => ({ text: runs(value), style: 'h2' }),
    paragraph: (label, value) => ({
      stack: [
        { text: runs(label), style: 'h2' },
        { text: runs(value.trim() === '' ? '(none written)' : value) },
      ],
    }),
    muted: (value) => text(value, 'muted'),
    table: (headers, rows, widths) => ({
      table: {
        headerRows: 1,
        dontBreakRows: false,
        widths: widths ?? headers.map(() => '*'),
        body: [
          headers.map((header) => ({ text: runs(header), style: 'th' })),
          ...rows.map((row) => row.map((cell) => ({ text: runs(cell) }))),
        ],
      },
      layout: 'lightHorizontalLines',
      fontSize: 9,
      margin: [0, 2, 0, 8],
    }),
    bar: (share, width = 120) => {
      const filled = Math.max(0, Math.min(1, share)) * width
      return {
        canvas: [
          { type: 'rect', x: 0, y: 2, w: width, h: 8, color: '#e3e3e3' },
          ...(filled > 0
            ? [{ type: 'rect' as const, x: 0, y: 2, w: filled, h: 8, color: '#2f7d59' }]
            : []),
        ],
      }
    },
  }
}

export function createDocument(
  content: Content[],
  options: { title: string; footerLeft: string; fonts: FontLocations },
): TDocumentDefinitions {
  const footerRuns = splitFontRuns(options.footerLeft, options.fonts)
  return {
    info: { title: options.title, creator: 'Trellis', producer: 'Trellis' },
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 56],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles,
    content,
    // A heading never sits alone at the foot of a page.
    pageBreakBefore: (node, queries) =>
      node.headlineLevel === 1 && queries.getFollowingNodesOnPage().length === 0,
    footer: (currentPage, pageCount) => ({
      margin: [48, 16, 48, 0],
      columns: [
        { text: footerRuns, style: 'muted' },
        {
          text: `Page ${currentPage} of ${pageCount}`,
          style: 'muted',
          alignment: 'right',
          width: 90,
        },
      ],
    }),
  }
}
