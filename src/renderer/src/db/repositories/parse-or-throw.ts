import type { ZodSafeParseResult } from 'zod'

/** The parsed value, or an Error with the first issue's message, so a form shows it as written. */
export function parseOrThrow<T>(result: ZodSafeParseResult<T>): T {
  if (!result.success) throw new Error(result.error.issues[0]?.message ?? 'This is not valid.')
  return result.data
}
