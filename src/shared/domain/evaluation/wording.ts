/** Numbers, money and dates as the evaluation's sentences write them. */
export interface Wording {
  money: (value: number) => string
  number: (value: number, digits?: number) => string
  /** With a sign always shown: "+4.1", "−0.3" (a true minus sign), "0". */
  signed: (value: number, digits?: number) => string
  /** A 0-1 share as a whole percentage. */
  share: (value: number) => string
  /** A KPI change in its unit: "+4.1 pts" for a percentage, "+0.05" for a score. */
  change: (value: number, unit: string) => string
  /** "May 2027". */
  monthYear: (isoDate: string) => string
  /** "12 Mar 2027" in the user's order. */
  date: (isoDate: string) => string
}

/** `locale` undefined = the user's own; tests pass one to get stable text. */
export function createWording(currency: string, locale?: string): Wording {
  const money = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  })
  const numbers = new Map<number, Intl.NumberFormat>()
  const number = (value: number, digits = 1): string => {
    let format = numbers.get(digits)
    if (!format) {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })
      numbers.set(digits, format)
    }
    return format.format(value)
  }
  const signed = (value: number, digits = 1): string => {
    const text = number(Math.abs(value), digits)
    if (text === number(0, digits)) return text
    return value > 0 ? `+${text}` : `−${text}`
  }
  const monthYear = new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
  const date = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })
  const atNoon = (isoDate: string): Date => new Date(`${isoDate}T12:00:00Z`)
  return {
    money: (value) => money.format(Math.round(value) === 0 ? 0 : value),
    number,
    signed,
    share: (value) => `${Math.round(value * 100)}%`,
    change: (value, unit) => {
      if (unit === '%') return `${signed(value, 1)} pts`
      if (unit === '' || unit === 'score') return signed(value, 2)
      return `${signed(value, 2)} ${unit}`
    },
    monthYear: (isoDate) => monthYear.format(atNoon(isoDate)),
    date: (isoDate) => date.format(atNoon(isoDate)),
  }
}
