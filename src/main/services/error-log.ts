import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'

export type ErrorSource = 'main' | 'renderer'
export type ErrorKind = 'error' | 'unhandled-rejection'

export type ErrorEntry = {
  source: ErrorSource
  kind: ErrorKind
  message: string
  stack?: string
}

export interface ErrorLog {
  readonly folder: string
  /** Appends one line; never throws, since it runs while something else has already failed. */
  record(entry: ErrorEntry): boolean
}

export type ErrorLogOptions = {
  folder: string
  appVersion: string
  now: () => Date
  /** Replaced by `~` in messages and stacks, so the log names no user account. */
  homeDir?: string
  maxBytes?: number
  maxFiles?: number
}

export const errorLogFileName = 'trellis.log'
const maxMessageLength = 2000
const maxStackLength = 8000

function rotatedName(index: number): string {
  return index === 0 ? errorLogFileName : `trellis.${index}.log`
}

function redact(text: string, homeDir: string | undefined): string {
  if (!homeDir || homeDir.length < 2) return text
  const variants = new Set([homeDir, homeDir.replaceAll('\\', '/')])
  let result = text
  for (const variant of variants) result = result.split(variant).join('~')
  return result
}

function sizeOf(path: string): number {
  return existsSync(path) ? statSync(path).size : 0
}

/** Shifts trellis.log -> trellis.1.log -> ... and drops the oldest, keeping `maxFiles` files. */
function rotate(folder: string, maxFiles: number): void {
  rmSync(join(folder, rotatedName(maxFiles - 1)), { force: true })
  for (let index = maxFiles - 2; index >= 0; index -= 1) {
    const from = join(folder, rotatedName(index))
    if (existsSync(from)) renameSync(from, join(folder, rotatedName(index + 1)))
  }
}

/**
 * A local, size-capped log of uncaught errors: JSON lines in `folder`, at most `maxFiles` files of
 * about `maxBytes` each. It holds the error text and stack only; it is never sent anywhere.
 */
export function createErrorLog(options: ErrorLogOptions): ErrorLog {
  const { folder, appVersion, now, homeDir } = options
  const maxBytes = options.maxBytes ?? 512 * 1024
  const maxFiles = Math.max(1, options.maxFiles ?? 5)
  return {
    folder,
    record(entry) {
      try {
        const line = `${JSON.stringify({
          time: now().toISOString(),
          version: appVersion,
          source: entry.source,
          kind: entry.kind,
          message: redact(entry.message, homeDir).slice(0, maxMessageLength),
          stack: entry.stack ? redact(entry.stack, homeDir).slice(0, maxStackLength) : undefined,
        })}\n`
        mkdirSync(folder, { recursive: true })
        const current = join(folder, errorLogFileName)
        const size = sizeOf(current)
        if (size > 0 && size + Buffer.byteLength(line) > maxBytes) rotate(folder, maxFiles)
        appendFileSync(current, line, { mode: 0o600 })
        return true
      } catch {
        return false
      }
    },
  }
}

/** Turns whatever was thrown into an entry: Error objects keep their stack, anything else its text. */
export function describeThrown(source: ErrorSource, kind: ErrorKind, thrown: unknown): ErrorEntry {
  if (thrown instanceof Error) {
    return { source, kind, message: `${thrown.name}: ${thrown.message}`, stack: thrown.stack }
  }
  return { source, kind, message: String(thrown) }
}
