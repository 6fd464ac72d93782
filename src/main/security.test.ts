import { describe, expect, it } from 'vitest'
import { isAllowedExternalUrl, isAppPageUrl } from './security'

const fileEntry = { kind: 'file', url: 'file:///opt/Trellis/out/renderer/index.html' } as const
const devEntry = { kind: 'dev-server', url: 'http://localhost:5173/' } as const

describe('isAppPageUrl', () => {
  it('accepts the app page with any hash or query', () => {
    expect(isAppPageUrl('file:///opt/Trellis/out/renderer/index.html#/people', fileEntry)).toBe(
      true,
    )
    expect(isAppPageUrl('http://localhost:5173/#/settings', devEntry)).toBe(true)
  })

  it('rejects look-alikes that a string prefix check would let through', () => {
    expect(isAppPageUrl('file:///opt/Trellis/out/renderer/index.html.evil', fileEntry)).toBe(false)
    expect(isAppPageUrl('http://localhost:5173.evil.com/', devEntry)).toBe(false)
    expect(isAppPageUrl('http://localhost:51730/', devEntry)).toBe(false)
    expect(isAppPageUrl('https://localhost:5173/', devEntry)).toBe(false)
    expect(isAppPageUrl('file:///etc/passwd', fileEntry)).toBe(false)
    expect(isAppPageUrl('not a url', fileEntry)).toBe(false)
    expect(isAppPageUrl(undefined, fileEntry)).toBe(false)
  })
})

describe('isAllowedExternalUrl', () => {
  it('allows only https and mailto', () => {
    expect(isAllowedExternalUrl('https://trellis.example/help')).toBe(true)
    expect(isAllowedExternalUrl('mailto:someone@example.com')).toBe(true)
    expect(isAllowedExternalUrl('http://example.com')).toBe(false)
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false)
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false)
    expect(isAllowedExternalUrl('smb://server/share')).toBe(false)
    expect(isAllowedExternalUrl('https://user:pass@example.com')).toBe(false)
  })
})
