import { toLocalIsoDate, addDays } from '../../../../shared/domain/dates/iso-date'
import { buildReviewPacket } from '../../../../shared/domain/reviews'
import type { ReviewPacket } from '../../../../shared/domain/reviews/packet'
import type { ReviewCycle } from '../../../../shared/model'
import type { ReviewData } from '../../db/repositories/review-data'
import { drawGoalsChart, drawSkillsChart } from './chart-images'

export type PeriodChoice =
  { kind: 'cycle'; cycle: ReviewCycle } | { kind: 'months'; months: number }

export function describePeriod(choice: PeriodChoice, today: string) {
  if (choice.kind === 'cycle') {
    return {
      label: choice.cycle.name,
      start: choice.cycle.periodStart,
      end: choice.cycle.periodEnd,
    }
  }
  return {
    label: `Last ${choice.months} months`,
    start: addDays(today, -Math.round(choice.months * 30.44)),
    end: today,
  }
}

/** One person's packet with its charts drawn by chart.js, ready to send to main. */
export function assemblePacket(
  data: ReviewData,
  options: {
    personId: string
    period: PeriodChoice
    includePrivateNotes: boolean
    workspaceName: string
  },
): ReviewPacket {
  const today = toLocalIsoDate(new Date())
  const packet = buildReviewPacket(data, {
    personId: options.personId,
    period: describePeriod(options.period, today),
    cycle: options.period.kind === 'cycle' ? options.period.cycle : null,
    includePrivateNotes: options.includePrivateNotes,
    today,
    workspaceName: options.workspaceName,
  })
  return { ...packet, skillsChart: drawSkillsChart(packet), goalsChart: drawGoalsChart(packet) }
}

/** A file name any file system takes: no separators or reserved characters. */
export function toPacketFileName(name: string, periodLabel: string): string {
  const safe = `${name} - ${periodLabel}`.replace(/[/\\:*?"<>|]/g, '-').slice(0, 180)
  return `${safe}.pdf`
}
