/** Light formatting in notes: `**bold**`, lines starting with `- ` or `* ` (bullets) or `1. ` (numbers). */
export interface InlineSegment {
  text: string
  isBold: boolean
}

export type RichBlock =
  | { kind: 'paragraph'; lines: InlineSegment[][] }
  | { kind: 'bullets'; items: InlineSegment[][] }
  | { kind: 'numbers'; items: InlineSegment[][] }

const bulletPattern = /^\s*[-*•]\s+(.*)$/
const numberPattern = /^\s*\d+[.)]\s+(.*)$/

export function parseInline(line: string): InlineSegment[] {
  const segments: InlineSegment[] = []
  const parts = line.split('**')
  // An unmatched ** stays as typed.
  const isBalanced = parts.length % 2 === 1
  parts.forEach((text, index) => {
    const isBold = isBalanced && index % 2 === 1
    const value = isBalanced || index === 0 ? text : `**${text}`
    if (value === '') return
    const last = segments[segments.length - 1]
    if (last && last.isBold === isBold) last.text += value
    else segments.push({ text: value, isBold })
  })
  return segments
}

export function parseRichText(text: string): RichBlock[] {
  const blocks: RichBlock[] = []
  // Paragraphs are separated by blank lines; consecutive lines stay one paragraph.
  let isAfterBlank = true
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const bullet = bulletPattern.exec(raw)
    const number = bullet ? null : numberPattern.exec(raw)
    const last = blocks[blocks.length - 1]
    if (bullet) {
      const item = parseInline(bullet[1]!)
      if (last?.kind === 'bullets' && !isAfterBlank) last.items.push(item)
      else blocks.push({ kind: 'bullets', items: [item] })
    } else if (number) {
      const item = parseInline(number[1]!)
      if (last?.kind === 'numbers' && !isAfterBlank) last.items.push(item)
      else blocks.push({ kind: 'numbers', items: [item] })
    } else if (raw.trim() !== '') {
      if (last?.kind === 'paragraph' && !isAfterBlank) last.lines.push(parseInline(raw.trim()))
      else blocks.push({ kind: 'paragraph', lines: [parseInline(raw.trim())] })
    }
    isAfterBlank = raw.trim() === ''
  }
  return blocks
}

const joinSegments = (segments: InlineSegment[]): string => segments.map((s) => s.text).join('')

/** The plain-text form for exports: bold markers dropped, bullets as "- ", numbers renumbered. */
export function toPlainText(text: string): string {
  return parseRichText(text)
    .map((block) => {
      if (block.kind === 'paragraph') return block.lines.map(joinSegments).join('\n')
      if (block.kind === 'bullets') return block.items.map((i) => `- ${joinSegments(i)}`).join('\n')
      return block.items.map((i, n) => `${n + 1}. ${joinSegments(i)}`).join('\n')
    })
    .join('\n\n')
}
