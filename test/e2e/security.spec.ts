import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { operationNames } from '../../src/shared/contract'
import { expect, test } from '../harness/fixture'
import { openSampleCompany } from './helpers'

test('the built page carries a strict Content-Security-Policy', async () => {
  const html = await readFile(join(process.cwd(), 'out', 'renderer', 'index.html'), 'utf8')
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
  expect(policy, 'CSP meta tag').toBeTruthy()
  const directives = Object.fromEntries(
    policy!.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/)
      return [name, values]
    }),
  )
  expect(directives['default-src']).toEqual(["'self'"])
  expect(directives['script-src']).toEqual(["'self'"])
  expect(policy).not.toContain('unsafe-eval')
  expect(directives['object-src']).toEqual(["'none'"])
  // No inline script in the built page itself
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
})

test('an injected inline script does not run', async ({ app }) => {
  const { page } = app
  app.allowConsoleError(/Content Security Policy/)
  await openSampleCompany(page)
  const hasRun = await page.evaluate(async () => {
    const script = document.createElement('script')
    script.textContent = 'window.__injected = true'
    document.body.append(script)
    const handler = document.createElement('img')
    handler.setAttribute('src', 'data:,')
    handler.setAttribute('onerror', 'window.__injected = true')
    document.body.append(handler)
    await new Promise((resolve) => setTimeout(resolve, 100))
    return (window as unknown as { __injected?: boolean }).__injected === true
  })
  expect(hasRun).toBe(false)
})

test('window.api offers only the contract operations and main rejects bad input', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  const keys = await page.evaluate(() => Object.keys(window.api ?? {}).sort())
  expect(keys).toEqual([...operationNames, 'onMenuCommand'].sort())
  const message = await page.evaluate(async () => {
    try {
      await (
        window.api as unknown as { exportWorkspaceFile(input: unknown): Promise<unknown> }
      ).exportWorkspaceFile({
        suggestedName: '../../../etc/passwd',
        text: 'x',
      })
      return 'accepted'
    } catch (error) {
      return (error as Error).message
    }
  })
  expect(message).toMatch(/Invalid input for exportWorkspaceFile at suggestedName/)
})
