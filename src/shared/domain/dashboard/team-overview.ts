import type { DevelopmentPlan, FeedbackEntry, Person, Team } from '../../model'

export interface TeamOverviewRow {
  teamId: string
  name: string
  leadName: string | null
  headcount: number
  activePlans: number
}

/** One row per team: who leads it, how many active people, how many have an active plan. */
export function summarizeTeams(
  teams: Team[],
  people: Person[],
  plans: DevelopmentPlan[],
): TeamOverviewRow[] {
  const peopleById = new Map(people.map((person) => [person.id, person]))
  const withActivePlan = new Set(
    plans.filter((plan) => plan.status === 'active').map((plan) => plan.personId),
  )
  return teams
    .map((team) => {
      const members = people.filter(
        (person) => person.teamId === team.id && person.status === 'active',
      )
      return {
        teamId: team.id,
        name: team.name,
        leadName: team.leadPersonId
          ? (peopleById.get(team.leadPersonId)?.displayName ?? null)
          : null,
        headcount: members.length,
        activePlans: members.filter((person) => withActivePlan.has(person.id)).length,
      }
    })
    .sort((a, b) => a.name.localeCompare(b.name))
}

export interface RecentFeedback {
  id: string
  date: string
  personName: string
  kind: FeedbackEntry['kind']
  behaviour: string
}

/** The latest feedback entries, newest first, with the person's name. */
export function listRecentFeedback(
  feedback: FeedbackEntry[],
  people: Person[],
  count: number,
): RecentFeedback[] {
  const names = new Map(people.map((person) => [person.id, person.displayName]))
  return [...feedback]
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    .slice(0, count)
    .map((entry) => ({
      id: entry.id,
      date: entry.date,
      personName: names.get(entry.personId) ?? 'Unknown person',
      kind: entry.kind,
      behaviour: entry.behaviour,
    }))
}
