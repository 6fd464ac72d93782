import { describeThrown, type ErrorLog } from './services/error-log'

type ProcessEvents = Pick<NodeJS.Process, 'on'>

/** Writes the main process's uncaught errors and unhandled rejections to the local log. */
export function installCrashLogging(log: ErrorLog, target: ProcessEvents = process): void {
  target.on('uncaughtException', (error) => {
    log.record(describeThrown('main', 'error', error))
    console.error('[main] uncaught error', error)
  })
  target.on('unhandledRejection', (reason) => {
    log.record(describeThrown('main', 'unhandled-rejection', reason))
    console.error('[main] unhandled rejection', reason)
  })
}
