import type { DesktopApi } from '../../../shared/contract'

type ErrorKind = 'error' | 'unhandled-rejection'
const maxReportsPerSession = 50

function describe(reason: unknown): { message: string; stack?: string } {
  if (reason instanceof Error) {
    return {
      message: `${reason.name}: ${reason.message}`.slice(0, 2000),
      stack: reason.stack?.slice(0, 8000),
    }
  }
  return { message: String(reason).slice(0, 2000) }
}

/**
 * Sends the page's uncaught errors and unhandled rejections to main's local log file. A cap per
 * session keeps an error in a render loop from filling the disk; a failed report is dropped.
 */
export function installErrorReporting(
  api: Pick<DesktopApi, 'reportError'>,
  target: Pick<Window, 'addEventListener'> = window,
): void {
  let reports = 0
  const report = (kind: ErrorKind, reason: unknown): void => {
    if (reports >= maxReportsPerSession) return
    reports += 1
    api.reportError({ kind, ...describe(reason) }).catch(() => {})
  }
  target.addEventListener('error', (event) => report('error', event.error ?? event.message))
  target.addEventListener('unhandledrejection', (event) =>
    report('unhandled-rejection', event.reason),
  )
}
