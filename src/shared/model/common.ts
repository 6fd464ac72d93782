import { z } from 'zod'

/** Record ids are opaque strings; generated ones are UUIDs, sample ones are readable slugs. */
export const Id = z.string().min(1).max(128)
export type Id = z.infer<typeof Id>

/** A calendar date without a time zone, as `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD')
export type IsoDate = z.infer<typeof IsoDate>

/** An instant, as an ISO 8601 string with time zone (what `Date#toISOString` returns). */
export const Timestamp = z.iso.datetime({ offset: true })
export type Timestamp = z.infer<typeof Timestamp>

export const OptionalId = Id.nullable().default(null)
export const OptionalDate = IsoDate.nullable().default(null)

/** A level on the workspace's skill scale (default 0-4). */
export const Level = z.number().int().min(0).max(10)

export const Cadence = z.enum(['weekly', 'biweekly', 'monthly'])
export type Cadence = z.infer<typeof Cadence>
