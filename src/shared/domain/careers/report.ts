import type { Enrolment, Person, Review, ReviewCycle, Team } from '../../model'
import { addDays } from '../dates/iso-date'
import { getPeriodBounds, shiftPeriod, toPeriodKey } from '../goals/periods'
import type { RatingScale } from '../reviews/types'
import { averageMonthsInRole, computePromotionFigures, listTimeInRole } from './promotions'
import {
  computeDevelopmentRetention,
  computeTopPerformerTurnover,
  computeTurnover,
  countLeavingReasons,
  indexStints,
  summarizeTenureAtExit,
  type Period,
  type StaffHistory,
} from './retention'

/** The periods the retention report offers: the last 12 months, fiscal years and quarters. */
export function listReportPeriods(today: string, fiscalStartMonth: number): Period[] {
  const quarter = toPeriodKey(today, fiscalStartMonth)
  const quarters = [0, -1, -2, -3].map((offset) => {
    const key = shiftPeriod(quarter, offset)!
    const bounds = getPeriodBounds(key, fiscalStartMonth)!
    return {
      key,
      label: offset === 0 ? `${key} (so far)` : key,
      start: bounds.start,
      end: offset === 0 ? today : bounds.end,
    }
  })
  const fiscalYear = Number(quarter.slice(0, 4))
  const years = [0, -1].map((offset) => {
    const year = fiscalYear + offset
    const start = getPeriodBounds(`${year}-Q1`, fiscalStartMonth)!.start
    const end = getPeriodBounds(`${year}-Q4`, fiscalStartMonth)!.end
    const label = fiscalStartMonth === 1 ? String(year) : `Fiscal year ${year}`
    return {
      key: `FY${year}`,
      label: offset === 0 ? `${label} (so far)` : label,
      start,
      end: offset === 0 ? today : end,
    }
  })
  return [
    { key: 'last-12', label: 'Last 12 months', start: addDays(today, -364), end: today },
    ...years,
    ...quarters,
  ]
}

/** The last `count` fiscal quarters, oldest first, the current one up to today. */
export function listTrendQuarters(today: string, fiscalStartMonth: number, count = 8): Period[] {
  const current = toPeriodKey(today, fiscalStartMonth)
  return Array.from({ length: count }, (_, index) => {
    const key = shiftPeriod(current, index - count + 1)!
    const bounds = getPeriodBounds(key, fiscalStartMonth)!
    return { key, label: key, start: bounds.start, end: bounds.end > today ? today : bounds.end }
  })
}

export interface RetentionReportInput extends StaffHistory {
  teams: readonly Team[]
  enrolments: readonly Enrolment[]
  reviews: readonly Review[]
  reviewCycles: readonly ReviewCycle[]
  scale: RatingScale
}

/** Every figure of the retention report for one period (and team, or the whole business). */
export function buildRetentionReport(
  input: RetentionReportInput,
  period: Period,
  teamId: string | null,
  options: { today: string; fiscalStartMonth: number },
) {
  const { today, fiscalStartMonth } = options
  const stints = indexStints(input)
  const people: readonly Person[] =
    teamId === null ? input.people : input.people.filter((p) => p.teamId === teamId)
  const turnover = computeTurnover(input, period, teamId, stints)
  const teamHistory =
    teamId === null
      ? input
      : { ...input, people, leavers: input.leavers.filter((l) => l.teamId === teamId) }
  const timeInRole = listTimeInRole(people, teamHistory.leavers, input.events, today)
  return {
    turnover,
    tenure: summarizeTenureAtExit(turnover.leavers),
    reasons: countLeavingReasons(turnover.leavers),
    topPerformers: computeTopPerformerTurnover(
      teamHistory,
      { reviews: input.reviews, cycles: input.reviewCycles, scale: input.scale },
      period,
    ),
    development: computeDevelopmentRetention(teamHistory, input.enrolments, today),
    promotions: computePromotionFigures(people, teamHistory.leavers, input.events, period),
    timeInRole,
    averageMonthsInRole: averageMonthsInRole(timeInRole),
    byTeam: input.teams.map((team) => computeTurnover(input, period, team.id, stints)),
    trend: listTrendQuarters(today, fiscalStartMonth).map((quarter) =>
      computeTurnover(input, quarter, teamId, stints),
    ),
  }
}

export type RetentionReport = ReturnType<typeof buildRetentionReport>
