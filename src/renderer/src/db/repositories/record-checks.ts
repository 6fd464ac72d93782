import type { z } from 'zod'

/** Parses a record with its schema, or throws a message that names the field. */
export function parseRecord<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
): z.output<S> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const field = issue?.path.join('.') || what
  throw new Error(`The ${what} was not saved: ${field}: ${issue?.message ?? 'not valid'}.`)
}

/** Names compare without case and surrounding spaces. */
export function isSameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()
}
