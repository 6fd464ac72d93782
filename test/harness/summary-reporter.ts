import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter'

/** Ends the run with one plain line of counts, which CI logs can be read by. */
export default class SummaryReporter implements Reporter {
  private passed = 0
  private failed = 0
  private skipped = 0
  private readonly skipReasons = new Set<string>()

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.retry < test.retries && result.status !== 'passed' && result.status !== 'skipped')
      return
    if (result.status === 'passed') this.passed += 1
    else if (result.status === 'skipped') {
      this.skipped += 1
      for (const annotation of [...test.annotations, ...result.annotations]) {
        if (annotation.type === 'skip' && annotation.description)
          this.skipReasons.add(annotation.description)
      }
    } else this.failed += 1
  }

  onEnd(_result: FullResult): void {
    for (const reason of this.skipReasons) console.log(`Skipped: ${reason}`)
    console.log(`e2e: ${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped`)
  }

  printsToStdio(): boolean {
    return false
  }
}
