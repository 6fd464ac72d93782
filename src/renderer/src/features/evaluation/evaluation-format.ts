import type { ResultsLevel } from '../../../../shared/domain/evaluation'

export function formatNumber(value: number, digits = 1): string {
  return new Intl.NumberFormat(undefined, { maximumFractionDigits: digits }).format(value)
}

export function formatSigned(value: number, digits = 1): string {
  const text = formatNumber(Math.abs(value), digits)
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text
}

export function formatShare(share: number | null): string {
  return share === null ? 'missing' : `${Math.round(share * 100)}%`
}

export function formatMoney(value: number, currency: string): string {
  return new Intl.NumberFormat(undefined, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  }).format(value)
}

export function formatKpiValue(value: number, unit: string): string {
  if (unit === '%') return `${formatNumber(value)}%`
  return unit ? `${formatNumber(value, 2)} ${unit}` : formatNumber(value, 2)
}

/** "Order error rate: 2.6% before → 2.3% after (−0.3; target −1, not reached)". */
export function describeResult(result: ResultsLevel): string {
  const change = `${formatSigned(result.change, 2)}${result.unit === '%' ? ' pts' : ''}`
  const target =
    result.targetChange === null
      ? 'no target set'
      : `target ${formatSigned(result.targetChange, 2)}, ${result.isTargetMet ? 'reached' : 'not reached'}`
  return `${result.kpiName}: ${formatKpiValue(result.before, result.unit)} before → ${formatKpiValue(result.after, result.unit)} after (${change}; ${target})`
}
