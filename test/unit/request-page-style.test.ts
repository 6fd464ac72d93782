import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { composePageCss } from '../../scripts/request-page-plugin'

const appTokens = readFileSync('src/renderer/src/app/styles/tokens.css', 'utf8')
const pageCss = composePageCss(appTokens, readFileSync('src/request-page/page.css', 'utf8'))

/** The `--name: value` pairs of the first block that `selector` opens. */
function readTokens(css: string, selector: string): Map<string, string> {
  const start = css.indexOf(selector)
  const block = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start))
  return new Map([...block.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]))
}

describe('the request page looks like Trellis', () => {
  it.each([
    ["[data-theme='light'] {", ":root,\n[data-theme='light'] {"],
    ["[data-theme='dark'] {", '@media (prefers-color-scheme: dark) {\n  :root {'],
  ])('uses the app colours of %s', (appSelector, pageSelector) => {
    const app = readTokens(appTokens, appSelector)
    const page = readTokens(pageCss, pageSelector)
    const shared = [...page.keys()].filter((key) => key.startsWith('--color-') && app.has(key))
    expect(shared.length).toBeGreaterThan(15)
    for (const key of shared) expect([key, page.get(key)]).toEqual([key, app.get(key)])
  })
})
