import { addMonths as addMonthsUncached } from '../dates'
import { fillTemplate } from '../text'

const months = new Map<string, string>()

/** `addMonths` of the sample's dates, remembered: the generators step through the same months a lot. */
export function addMonths(date: string, count: number): string {
  const key = `${date}|${count}`
  const known = months.get(key)
  if (known !== undefined) return known
  const result = addMonthsUncached(date, count)
  months.set(key, result)
  return result
}

/** `fillTemplate`, skipped for the many phrases without a placeholder. */
export function fill(template: string, values: Record<string, string>): string {
  return template.includes('{') ? fillTemplate(template, values) : template
}
