import { describe, expect, it } from 'vitest'
import { installErrorReporting } from './error-reporting'

type Report = { kind: string; message: string; stack?: string }

function setUp() {
  const reports: Report[] = []
  const target = new EventTarget()
  installErrorReporting(
    {
      reportError: async (input) => {
        reports.push(input)
        return { isLogged: true }
      },
    },
    target as unknown as Window,
  )
  const fire = (type: string, fields: Record<string, unknown>) =>
    target.dispatchEvent(Object.assign(new Event(type), fields))
  return { reports, fire }
}

describe('renderer error reporting', () => {
  it('reports uncaught errors and unhandled rejections to main', () => {
    const { reports, fire } = setUp()
    fire('error', { error: new TypeError('x is undefined'), message: 'Uncaught TypeError' })
    fire('error', { error: null, message: 'Script error.' })
    fire('unhandledrejection', { reason: 'quota exceeded' })
    expect(reports).toMatchObject([
      { kind: 'error', message: 'TypeError: x is undefined', stack: expect.any(String) },
      { kind: 'error', message: 'Script error.' },
      { kind: 'unhandled-rejection', message: 'quota exceeded' },
    ])
  })

  it('caps the reports of one session and the length of each', () => {
    const { reports, fire } = setUp()
    for (let index = 0; index < 80; index += 1) fire('error', { error: 'x'.repeat(3000) })
    expect(reports).toHaveLength(50)
    expect(reports[0]?.message).toHaveLength(2000)
  })
})
