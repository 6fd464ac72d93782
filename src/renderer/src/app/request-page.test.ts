import { describe, expect, it } from 'vitest'
import { script, style } from 'virtual:request-page'
import { buildRequestPageHtml } from './request-page'

describe('buildRequestPageHtml', () => {
  const data = {
    format: 'trellis-request',
    formatVersion: 1,
    workspaceId: 'ws-1',
    requestId: 'req-1',
    token: '6f1c2b1e-3a4d-4c5e-8f90-1a2b3c4d5e6f',
    recipient: `age1${'q'.repeat(58)}`,
    kind: 'team-pulse',
    title: 'Pulse',
    message: '',
    askedBy: 'Mara',
    dueDate: '2026-12-10',
    expiresOn: '2026-12-31',
    isAnonymous: true,
    context: {},
    questions: [{ id: 'q1', type: 'text', prompt: 'Anything else?' }],
  } as const

  it('inlines the built page program and its style, well under 400 KB', () => {
    const html = buildRequestPageHtml(data as never)
    expect(script.length).toBeGreaterThan(10_000)
    expect(html).toContain(`<script>${script}</script>`)
    expect(html).toContain(`<style>${style}</style>`)
    expect(new TextEncoder().encode(html).length).toBeLessThan(400 * 1024)
    // The schema's defaults are filled in, so the page never meets a question without them.
    expect(html).toContain('"isRequired":false')
  })

  it('refuses page data the schema does not accept', () => {
    expect(() => buildRequestPageHtml({ ...data, recipient: 'nope' } as never)).toThrow()
  })
})
