import type { Checkin, DevelopmentPlan, FeedbackEntry, Person, Skill, Team } from '../../model'
import { addDays, listMonthKeysEndingAt, toMonthKey } from '../dates/iso-date'

export interface MonthActivity {
  month: string
  checkins: number
  feedback: number
}

export interface WorkspaceSummary {
  activePeople: number
  teams: number
  skills: number
  criticalSkills: number
  activePlans: number
  checkinsLast30Days: number
  feedbackLast30Days: number
  adoption: MonthActivity[]
}

/** The figures the dashboard shows, from plain records. */
export function summarizeWorkspace(input: {
  today: string
  people: Person[]
  teams: Team[]
  skills: Skill[]
  plans: DevelopmentPlan[]
  checkins: Checkin[]
  feedback: FeedbackEntry[]
  months?: number
}): WorkspaceSummary {
  const { today, people, teams, skills, plans, checkins, feedback } = input
  const since = addDays(today, -30)
  const isRecent = (date: string): boolean => date > since && date <= today
  const months = listMonthKeysEndingAt(today, input.months ?? 12)
  const byMonth = new Map(months.map((month) => [month, { month, checkins: 0, feedback: 0 }]))
  for (const checkin of checkins) {
    const entry = byMonth.get(toMonthKey(checkin.date))
    if (entry) entry.checkins += 1
  }
  for (const entry of feedback) {
    const bucket = byMonth.get(toMonthKey(entry.date))
    if (bucket) bucket.feedback += 1
  }
  return {
    activePeople: people.filter((person) => person.status === 'active').length,
    teams: teams.length,
    skills: skills.length,
    criticalSkills: skills.filter((skill) => skill.isCritical).length,
    activePlans: plans.filter((plan) => plan.status === 'active').length,
    checkinsLast30Days: checkins.filter((checkin) => isRecent(checkin.date)).length,
    feedbackLast30Days: feedback.filter((entry) => isRecent(entry.date)).length,
    adoption: months.map((month) => byMonth.get(month)!),
  }
}
