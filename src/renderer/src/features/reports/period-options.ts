import type { ReviewCycle } from '../../../../shared/model'
import type { PeriodChoice } from './assemble'

export function listPeriodOptions(cycles: ReviewCycle[]) {
  return [
    ...[...cycles]
      .sort((a, b) => b.periodEnd.localeCompare(a.periodEnd))
      .map((c) => ({
        value: `cycle:${c.id}`,
        label: `${c.name} (${c.periodStart} to ${c.periodEnd})`,
      })),
    { value: 'months:6', label: 'Last 6 months' },
    { value: 'months:12', label: 'Last 12 months' },
  ]
}

export function readPeriodChoice(value: string, cycles: ReviewCycle[]): PeriodChoice {
  if (value.startsWith('cycle:')) {
    const cycle = cycles.find((c) => c.id === value.slice('cycle:'.length))
    if (cycle) return { kind: 'cycle', cycle }
  }
  return { kind: 'months', months: Number(value.split(':')[1]) || 6 }
}
