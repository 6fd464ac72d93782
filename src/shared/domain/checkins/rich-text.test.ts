import { describe, expect, it } from 'vitest'
import { parseInline, parseRichText, toPlainText } from './rich-text'

describe('rich-text-lite', () => {
  it('reads **bold** and leaves an unmatched marker as typed', () => {
    expect(parseInline('a **big** win')).toEqual([
      { text: 'a ', isBold: false },
      { text: 'big', isBold: true },
      { text: ' win', isBold: false },
    ])
    expect(parseInline('2 ** 3')).toEqual([{ text: '2 ** 3', isBold: false }])
  })

  it('groups bullet and numbered lines into lists, paragraphs by blank lines', () => {
    const blocks = parseRichText(
      'Intro line\nsecond line\n\n- one\n* two\n1. first\n2) second\n\nEnd',
    )
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'bullets', 'numbers', 'paragraph'])
    expect(blocks[0]).toMatchObject({
      lines: [[{ text: 'Intro line' }], [{ text: 'second line' }]],
    })
    expect(blocks[1]).toMatchObject({ items: [[{ text: 'one' }], [{ text: 'two' }]] })
  })

  it('exports plain text: no bold markers, "- " bullets, renumbered lists', () => {
    expect(toPlainText('**Done:**\r\n* grinder\n•  scales\n\n3. ask Sam\n7. book it')).toBe(
      'Done:\n\n- grinder\n- scales\n\n1. ask Sam\n2. book it',
    )
    expect(toPlainText('')).toBe('')
  })
})
