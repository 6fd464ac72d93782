import { z } from 'zod'

/** One electronegativity finding, read from its SARIF report. */
export type Finding = { rule: string; file: string; line: number; level: string; message: string }
export type AllowEntry = { rule: string; file: string; reason: string }

const SarifReport = z.object({
  runs: z
    .array(
      z.object({
        results: z.array(
          z.object({
            ruleId: z.string(),
            level: z.string().default('warning'),
            message: z.object({ text: z.string() }),
            locations: z
              .array(
                z.object({
                  physicalLocation: z.object({
                    artifactLocation: z.object({ uri: z.string() }),
                    region: z.object({ startLine: z.number() }).optional(),
                  }),
                }),
              )
              .min(1),
          }),
        ),
      }),
    )
    .min(1),
})

const AllowList = z.object({
  entries: z.array(
    z
      .object({
        rule: z.string().regex(/^[A-Z_]+$/, 'a rule id such as CSP_GLOBAL_CHECK'),
        file: z.string().min(1),
        reason: z.string().min(30, 'each entry needs a reason a reviewer can check'),
      })
      .strict(),
  ),
})

/** Reads the findings of a SARIF report; a report of another shape is an error, not "no findings". */
export function readSarifFindings(report: unknown): Finding[] {
  const parsed = SarifReport.parse(report)
  return parsed.runs.flatMap((run) =>
    run.results.map((result) => {
      const location = result.locations[0]!.physicalLocation
      return {
        rule: result.ruleId,
        file: location.artifactLocation.uri.replaceAll('\\', '/'),
        line: location.region?.startLine ?? 0,
        level: result.level,
        message: result.message.text,
      }
    }),
  )
}

export function readAllowList(json: unknown): AllowEntry[] {
  return AllowList.parse(json).entries
}

/**
 * Splits findings into those the allow-list justifies (same rule, same file) and those it does not,
 * and lists the entries no finding used any more, so the list can shrink when the code changes.
 */
export function checkFindings(
  findings: Finding[],
  allowList: AllowEntry[],
): { unjustified: Finding[]; justified: Finding[]; unusedEntries: AllowEntry[] } {
  const key = (rule: string, file: string) => `${rule}\u0000${file}`
  const allowed = new Map(allowList.map((entry) => [key(entry.rule, entry.file), entry]))
  const used = new Set<string>()
  const unjustified: Finding[] = []
  const justified: Finding[] = []
  for (const finding of findings) {
    const findingKey = key(finding.rule, finding.file)
    if (allowed.has(findingKey)) {
      used.add(findingKey)
      justified.push(finding)
    } else {
      unjustified.push(finding)
    }
  }
  const unusedEntries = allowList.filter((entry) => !used.has(key(entry.rule, entry.file)))
  return { unjustified, justified, unusedEntries }
}

/** A folder of deliberately insecure code the audit scans beside src/, to prove it still sees problems. */
export const canaryFolder = '__audit-canary__'
export const canaryRules = ['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK']
export const canarySource = `const { BrowserWindow } = require('electron')
new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } })
`

/** Separates the canary's findings from the app's, and names canary rules the scan missed. */
export function splitCanary(findings: Finding[]): { app: Finding[]; missedCanaryRules: string[] } {
  const isCanary = (finding: Finding) => finding.file.startsWith(`${canaryFolder}/`)
  const seen = new Set(findings.filter(isCanary).map((finding) => finding.rule))
  return {
    app: findings.filter((finding) => !isCanary(finding)),
    missedCanaryRules: canaryRules.filter((rule) => !seen.has(rule)),
  }
}
