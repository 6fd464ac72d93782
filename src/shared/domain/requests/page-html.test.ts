import { sha256 } from '@noble/hashes/sha2'
import { utf8ToBytes } from '@noble/hashes/utils'
import { describe, expect, it } from 'vitest'
import { RequestPageData } from './formats'
import {
  composeRequestPage,
  encodeBase64,
  requestPageDataElementId,
  toScriptSafeJson,
} from './page-html'

const hostile = '</script><script>alert(1)</script><img src=x onerror=alert(1)>'
const assets = { script: 'document.title="x";console.log(1<2)', style: 'body{color:red}' }

const data = RequestPageData.parse({
  format: 'trellis-request',
  formatVersion: 1,
  workspaceId: 'ws-1',
  requestId: 'req-1',
  token: '6f1c2b1e-3a4d-4c5e-8f90-1a2b3c4d5e6f',
  recipient: `age1${'q'.repeat(58)}`,
  kind: 'self-review',
  title: hostile,
  message: 'Line\u2028separator\u2029and & more',
  askedBy: hostile,
  dueDate: '2026-12-10',
  expiresOn: '2026-12-31',
  isAnonymous: false,
  context: { personName: hostile },
  questions: [{ id: 'q1', type: 'text', prompt: `<b>${hostile}</b>` }],
})

/** The platform's own base64 (btoa), to check ours against. */
const toNodeBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes))

function readInline(html: string, open: string, close: string): string {
  const start = html.indexOf(open)
  return html.slice(start + open.length, html.indexOf(close, start + open.length))
}

describe('composeRequestPage', () => {
  const html = composeRequestPage(data, assets)

  it('keeps a hostile name inside the data: no markup of it reaches the document', () => {
    expect(html.match(/<script/g)).toHaveLength(2)
    expect(html).not.toContain('<img')
    expect(html).not.toContain('alert(1)</script>')
    const json = readInline(html, `id="${requestPageDataElementId}">`, '</script>')
    expect(json).not.toMatch(/[<>&\u2028\u2029]/)
    expect(JSON.parse(json)).toEqual(data)
    expect(html).toContain(`<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;`)
  })

  it('allows exactly the inlined script and style by their hashes, and no connection', () => {
    const csp = readInline(html, 'http-equiv="Content-Security-Policy" content="', '"')
    const hash = (text: string) => `'sha256-${toNodeBase64(sha256(utf8ToBytes(text)))}'`
    expect(readInline(html, '<script>', '</script>')).toBe(assets.script)
    expect(readInline(html, '<style>', '</style>')).toBe(assets.style)
    expect(csp).toBe(
      `default-src 'none'; script-src ${hash(assets.script)}; style-src ${hash(assets.style)}; img-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'`,
    )
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'))
  })

  it('names no external address', () => {
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:|\/\/)/i)
    expect(html).not.toMatch(/https?:\/\//)
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/)
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">')
  })

  it('refuses a script or style that would end its element early', () => {
    expect(() => composeRequestPage(data, { ...assets, script: 'x="</script>"' })).toThrow(/script/)
    expect(() => composeRequestPage(data, { ...assets, style: 'a{}</STYLE>' })).toThrow(/style/)
  })
})

describe('the helpers', () => {
  it('writes base64 as Node does, for every padding', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'abcd', 'ünïcödé ✓']) {
      const bytes = utf8ToBytes(text)
      expect(encodeBase64(bytes)).toBe(toNodeBase64(bytes))
    }
  })

  it('escapes <, >, & and the line separators in JSON, which reads back the same', () => {
    const value = { a: '</script>&<!--\u2028\u2029' }
    const safe = toScriptSafeJson(value)
    expect(safe).toBe('{"a":"\\u003c/script\\u003e\\u0026\\u003c!--\\u2028\\u2029"}')
    expect(JSON.parse(safe)).toEqual(value)
  })
})
