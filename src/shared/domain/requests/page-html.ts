import { sha256 } from '@noble/hashes/sha2'
import { utf8ToBytes } from '@noble/hashes/utils'
import type { RequestPageData } from './formats'

/** The page program and its stylesheet, inlined into every request page. */
export interface RequestPageAssets {
  script: string
  style: string
}

/** The id of the element that carries the page data as JSON. */
export const requestPageDataElementId = 'trellis-request'

const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Standard base64 with padding (shared code has neither Node's Buffer nor the DOM's btoa). */
export function encodeBase64(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!
    const b = bytes[i + 1]
    const c = bytes[i + 2]
    const chunk = (a << 16) | ((b ?? 0) << 8) | (c ?? 0)
    out += base64Alphabet[(chunk >> 18) & 63]! + base64Alphabet[(chunk >> 12) & 63]!
    out += b === undefined ? '=' : base64Alphabet[(chunk >> 6) & 63]!
    out += c === undefined ? '=' : base64Alphabet[chunk & 63]!
  }
  return out
}

/** A CSP source that allows exactly this inline script or style. */
export function toCspHash(content: string): string {
  return `'sha256-${encodeBase64(sha256(utf8ToBytes(content)))}'`
}

/**
 * The page allows its own inline script and style and nothing else: no connection of any kind.
 * It holds only quotes, letters and base64, so it goes into the meta's attribute as it is.
 */
export function buildRequestPageCsp(assets: RequestPageAssets): string {
  return [
    "default-src 'none'",
    `script-src ${toCspHash(assets.script)}`,
    `style-src ${toCspHash(assets.style)}`,
    'img-src data:',
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ')
}

/** Text for an HTML element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

/**
 * JSON that can sit inside a `<script>` element: `<`, `>` and `&` (so `</script>` or `<!--` in a
 * name cannot end or change the element) and the two line separators are written as \u escapes,
 * which JSON.parse reads back as the same characters.
 */
export function toScriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => {
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
}

/** Inline code may not contain what would end its element early; the build never produces it. */
function assertInlineSafe(content: string, tag: 'script' | 'style'): void {
  if (new RegExp(`</${tag}|<!--`, 'i').test(content)) {
    throw new Error(
      `The request page's ${tag} contains "</${tag}" or "<!--" and cannot be inlined.`,
    )
  }
}

let cachedCsp: { script: string; style: string; csp: string } | null = null

/** The same assets go into every page of an export: hash them once. */
function findCsp(assets: RequestPageAssets): string {
  if (cachedCsp?.script === assets.script && cachedCsp.style === assets.style) return cachedCsp.csp
  const csp = buildRequestPageCsp(assets)
  cachedCsp = { ...assets, csp }
  return csp
}

/**
 * The complete, self-contained request page: the data as JSON, the page program and its style
 * inline, under a Content-Security-Policy that allows no network at all.
 */
export function composeRequestPage(data: RequestPageData, assets: RequestPageAssets): string {
  assertInlineSafe(assets.script, 'script')
  assertInlineSafe(assets.style, 'style')
  const title = escapeHtml(`${data.title} - Trellis`)
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${findCsp(assets)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${title}</title>`,
    `<style>${assets.style}</style>`,
    '</head>',
    '<body>',
    '<noscript><p>This page needs JavaScript to show its questions. Please open it in a current browser with JavaScript turned on.</p></noscript>',
    `<script type="application/json" id="${requestPageDataElementId}">${toScriptSafeJson(data)}</script>`,
    `<script>${assets.script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
