/** Plans run per half year: `2026-H1` is January to June, `2026-H2` July to December. */
export function toPlanPeriod(isoDate: string): string {
  const year = isoDate.slice(0, 4)
  const month = Number(isoDate.slice(5, 7))
  return `${year}-H${month <= 6 ? 1 : 2}`
}

/** First and last day of a half-year period key; null when the key is not one. */
export function getPeriodRange(period: string): { start: string; end: string } | null {
  const match = /^(\d{4})-H([12])$/.exec(period)
  if (!match) return null
  const year = match[1]!
  return match[2] === '1'
    ? { start: `${year}-01-01`, end: `${year}-06-30` }
    : { start: `${year}-07-01`, end: `${year}-12-31` }
}

export function shiftPlanPeriod(period: string, halves: number): string {
  const match = /^(\d{4})-H([12])$/.exec(period)
  if (!match) return period
  const index = Number(match[1]) * 2 + Number(match[2]) - 1 + halves
  return `${Math.floor(index / 2)}-H${(index % 2) + 1}`
}

/** Periods with records plus the current one and the next, newest first. */
export function listPlanPeriods(recorded: Iterable<string>, today: string): string[] {
  const current = toPlanPeriod(today)
  const all = new Set([...recorded, current, shiftPlanPeriod(current, 1)])
  return [...all].sort((a, b) => b.localeCompare(a))
}

export function formatPlanPeriod(period: string): string {
  const match = /^(\d{4})-H([12])$/.exec(period)
  if (!match) return period
  return match[2] === '1' ? `Jan–Jun ${match[1]}` : `Jul–Dec ${match[1]}`
}
