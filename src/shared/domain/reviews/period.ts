/** The date range of a period key: `2026`, `2026-H1`, `2026-Q3` or `2026-05`; null when unknown. */
export function readPeriodRange(key: string): { start: string; end: string } | null {
  const year = /^(\d{4})/.exec(key)?.[1]
  if (!year) return null
  const rest = key.slice(4)
  const monthRange = (from: number, to: number) => ({
    start: `${year}-${String(from).padStart(2, '0')}-01`,
    end: `${year}-${String(to).padStart(2, '0')}-${String(new Date(Date.UTC(Number(year), to, 0)).getUTCDate()).padStart(2, '0')}`,
  })
  if (rest === '') return monthRange(1, 12)
  const half = /^-H([12])$/.exec(rest)?.[1]
  if (half) return half === '1' ? monthRange(1, 6) : monthRange(7, 12)
  const quarter = /^-Q([1-4])$/.exec(rest)?.[1]
  if (quarter) return monthRange(Number(quarter) * 3 - 2, Number(quarter) * 3)
  const month = /^-(\d{2})$/.exec(rest)?.[1]
  if (month && Number(month) >= 1 && Number(month) <= 12)
    return monthRange(Number(month), Number(month))
  return null
}

export function overlapsPeriod(
  range: { start: string; end: string | null },
  period: { start: string; end: string },
): boolean {
  return range.start <= period.end && (range.end === null || range.end >= period.start)
}
