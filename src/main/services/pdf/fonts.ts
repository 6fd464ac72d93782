import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/**
 * Fonts embedded in every PDF: Roboto (ships with pdfmake; Latin with the extended accents) and
 * Noto Sans JP for CJK text. Noto comes from @fontsource split by unicode-range into ~120 small
 * WOFF files; a text run uses the one file that holds its characters, so pdfkit embeds only
 * subsets of what the document uses.
 */
export interface FontLocations {
  robotoDir: string
  /** Null when the CJK font is not installed: text then stays in Roboto. */
  notoDir: string | null
}

export type FontDictionary = Record<
  string,
  { normal: string; bold: string; italics: string; bolditalics: string }
>

export type TextRun = string | { text: string; font: string }

const require = createRequire(import.meta.url)
const latinFont = 'Roboto'
// Below this code point Roboto has the glyph (Latin, Greek, Cyrillic, punctuation).
const firstCjkCodePoint = 0x2e80

export function locateFonts(): FontLocations {
  return {
    robotoDir: join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto'),
    notoDir: locateNoto(),
  }
}

function locateNoto(): string | null {
  try {
    return dirname(require.resolve('@fontsource/noto-sans-jp/LICENSE'))
  } catch {
    return null
  }
}

interface CjkIndex {
  subsetByCodePoint: Map<number, string>
  subsets: string[]
}

let cachedIndex: { dir: string; index: CjkIndex } | null = null

function readCjkIndex(notoDir: string): CjkIndex {
  if (cachedIndex?.dir === notoDir) return cachedIndex.index
  const css = readFileSync(join(notoDir, '400.css'), 'utf8')
  const pattern = /noto-sans-jp-\[(\d+)\]-400-normal[\s\S]*?unicode-range:\s*([^;]+);/g
  const subsetByCodePoint = new Map<number, string>()
  const subsets: string[] = []
  for (const match of css.matchAll(pattern)) {
    const subset = match[1]!
    subsets.push(subset)
    for (const range of match[2]!.split(',')) {
      const [from, to] = range.trim().slice(2).split('-')
      const start = parseInt(from!, 16)
      const end = to ? parseInt(to, 16) : start
      for (let codePoint = start; codePoint <= end; codePoint += 1) {
        if (codePoint >= firstCjkCodePoint) subsetByCodePoint.set(codePoint, subset)
      }
    }
  }
  const index = { subsetByCodePoint, subsets }
  cachedIndex = { dir: notoDir, index }
  return index
}

function toCjkFontName(subset: string): string {
  return `NotoSansJP-${subset}`
}

export function buildFontDictionary(locations: FontLocations): FontDictionary {
  const roboto = (file: string) => join(locations.robotoDir, `Roboto-${file}.ttf`)
  const fonts: FontDictionary = {
    [latinFont]: {
      normal: roboto('Regular'),
      bold: roboto('Medium'),
      italics: roboto('Italic'),
      bolditalics: roboto('MediumItalic'),
    },
  }
  const notoDir = locations.notoDir
  if (notoDir === null) return fonts
  for (const subset of readCjkIndex(notoDir).subsets) {
    const file = join(notoDir, 'files', `noto-sans-jp-${subset}-400-normal.woff`)
    fonts[toCjkFontName(subset)] = { normal: file, bold: file, italics: file, bolditalics: file }
  }
  return fonts
}

/** Splits text into runs that each use one font; plain Latin text stays a single string. */
export function splitFontRuns(text: string, locations: FontLocations): TextRun[] {
  if (locations.notoDir === null) return [text]
  const index = readCjkIndex(locations.notoDir)
  const runs: Array<{ text: string; font: string }> = []
  for (const char of text) {
    const codePoint = char.codePointAt(0)!
    const subset =
      codePoint >= firstCjkCodePoint ? index.subsetByCodePoint.get(codePoint) : undefined
    const font = subset ? toCjkFontName(subset) : latinFont
    const last = runs.at(-1)
    if (last && last.font === font) last.text += char
    else runs.push({ text: char, font })
  }
  return runs.map((run) => (run.font === latinFont ? run.text : run))
}
