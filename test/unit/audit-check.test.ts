import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  canaryFolder,
  checkFindings,
  readAllowList,
  readSarifFindings,
  splitCanary,
} from '../../scripts/audit-check'

function sarif(results: Array<{ rule: string; file: string; line?: number }>) {
  return {
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Electronegativity' } },
        results: results.map(({ rule, file, line }) => ({
          ruleId: rule,
          level: 'warning',
          message: { text: `${rule} message` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: file },
                region: { startLine: line ?? 1, startColumn: 1 },
              },
            },
          ],
        })),
      },
    ],
  }
}

const allowList = readAllowList({
  entries: [
    {
      rule: 'SANDBOX_JS_CHECK',
      file: 'main/window.ts',
      reason: 'False positive: the options come from a spread the tool does not follow.',
    },
  ],
})

describe('security audit checker', () => {
  it('passes findings the allow-list justifies, wherever they are in the file', () => {
    const findings = readSarifFindings(
      sarif([{ rule: 'SANDBOX_JS_CHECK', file: 'main/window.ts', line: 99 }]),
    )
    expect(checkFindings(findings, allowList)).toMatchObject({
      unjustified: [],
      justified: [{ rule: 'SANDBOX_JS_CHECK', line: 99 }],
      unusedEntries: [],
    })
  })

  it('fails a finding whose rule or file is not in the allow-list', () => {
    const findings = readSarifFindings(
      sarif([
        { rule: 'NODE_INTEGRATION_JS_CHECK', file: 'main/window.ts', line: 5 },
        { rule: 'SANDBOX_JS_CHECK', file: 'main/other-window.ts', line: 7 },
      ]),
    )
    const result = checkFindings(findings, allowList)
    expect(
      result.unjustified.map((finding) => `${finding.rule} ${finding.file}:${finding.line}`),
    ).toEqual([
      'NODE_INTEGRATION_JS_CHECK main/window.ts:5',
      'SANDBOX_JS_CHECK main/other-window.ts:7',
    ])
    expect(result.unusedEntries).toEqual(allowList)
  })

  it('refuses a report of another shape instead of reading it as clean', () => {
    expect(() => readSarifFindings({ results: [] })).toThrow()
    expect(() => readSarifFindings({ runs: [{ results: [{ ruleId: 'X' }] }] })).toThrow()
  })

  it('refuses allow-list entries without a real reason', () => {
    expect(() =>
      readAllowList({
        entries: [{ rule: 'SANDBOX_JS_CHECK', file: 'main/window.ts', reason: 'ok' }],
      }),
    ).toThrow(/reason/)
  })

  it('the reviewed allow-list of this repository is well formed', () => {
    const json: unknown = JSON.parse(
      readFileSync('security/electronegativity-allowlist.json', 'utf8'),
    )
    expect(readAllowList(json).length).toBeGreaterThan(0)
  })
})

describe('audit canary', () => {
  it('sets the planted findings apart and names the rules the scan missed', () => {
    const findings = readSarifFindings(
      sarif([
        { rule: 'NODE_INTEGRATION_JS_CHECK', file: `${canaryFolder}/insecure-window.js` },
        { rule: 'SANDBOX_JS_CHECK', file: 'main/window.ts' },
      ]),
    )
    const { app, missedCanaryRules } = splitCanary(findings)
    expect(app.map((finding) => finding.file)).toEqual(['main/window.ts'])
    expect(missedCanaryRules).toEqual(['CONTEXT_ISOLATION_JS_CHECK'])
  })
})
