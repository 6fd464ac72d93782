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
