import { createRequire } from 'node:module'
import { resolve, sep } from 'node:path'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { buildFontDictionary, locateFonts, type FontDictionary, type FontLocations } from './fonts'

interface PdfMake {
  setFonts(fonts: FontDictionary): void
  setUrlAccessPolicy(callback: (url: string) => boolean): void
  setLocalAccessPolicy(callback: (path: string) => boolean): void
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Buffer> }
}

const require = createRequire(import.meta.url)
let loaded: { pdfmake: PdfMake; fonts: FontLocations } | null = null

/** pdfmake is loaded on first use, from node_modules, so the main bundle stays small. */
function loadPdfMake(): { pdfmake: PdfMake; fonts: FontLocations } {
  if (loaded) return loaded
  const pdfmake = require('pdfmake') as PdfMake
  const fonts = locateFonts()
  const allowed = [fonts.robotoDir, fonts.notoDir]
    .filter((dir): dir is string => dir !== null)
    .map((dir) => resolve(dir) + sep)
  pdfmake.setFonts(buildFontDictionary(fonts))
  // No network, and no file but the fonts: images arrive as data URLs.
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy((path) => allowed.some((dir) => resolve(path).startsWith(dir)))
  loaded = { pdfmake, fonts }
  return loaded
}

export function getFontLocations(): FontLocations {
  return loadPdfMake().fonts
}

export async function renderPdf(definition: TDocumentDefinitions): Promise<Uint8Array> {
  const { pdfmake } = loadPdfMake()
  return pdfmake.createPdf(definition).getBuffer()
}
