import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { installCrashLogging } from './crash-logging'
import type { ErrorEntry, ErrorLog } from './services/error-log'

describe('crash logging', () => {
  it('logs uncaught errors and unhandled rejections of the main process', () => {
    const entries: ErrorEntry[] = []
    const log: ErrorLog = { folder: '/logs', record: (entry) => entries.push(entry) > 0 }
    const events = new EventEmitter()
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
    installCrashLogging(log, events as unknown as NodeJS.Process)
    events.emit('uncaughtException', new RangeError('out of range'))
    events.emit('unhandledRejection', 'no reason')
    quiet.mockRestore()
    expect(entries).toMatchObject([
      { source: 'main', kind: 'error', message: 'RangeError: out of range' },
      { source: 'main', kind: 'unhandled-rejection', message: 'no reason' },
    ])
  })
})
