import { useLiveQuery } from 'dexie-react-hooks'
import { Sparkles } from 'lucide-react'
import { useEffect, type ReactNode } from 'react'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import { summarizeWorkspace } from '../../../../shared/domain/dashboard/summary'
import {
  listRecentFeedback,
  summarizeTeams,
} from '../../../../shared/domain/dashboard/team-overview'
import { runMenuCommand } from '../../app/use-menu-commands'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { EmptyState } from '../../ui/EmptyState'
import { PageHeader } from '../../ui/PageHeader'
import { DashboardInsights } from './DashboardInsights'
import { FirstCycleCard } from './FirstCycleCard'
import { OutstandingRequestsCard } from './OutstandingRequestsCard'
import { PeopleMovesCard } from './PeopleMovesCard'
import { RecentFeedbackCard } from './RecentFeedbackCard'
import { TeamsCard } from './TeamsCard'

/** The home screen; `agenda` is the first card, drawn by the agenda feature (app/screens). */
export function DashboardScreen(props: { agenda?: ReactNode }) {
  const { info, db } = useCurrentWorkspace()
  const summary = useLiveQuery(async () => {
    const [people, teams, skills, plans, checkins, feedback] = await Promise.all([
      db.people.toArray(),
      db.teams.toArray(),
      db.skills.toArray(),
      db.plans.toArray(),
      db.checkins.toArray(),
      db.feedback.toArray(),
    ])
    return {
      ...summarizeWorkspace({
        today: toLocalIsoDate(new Date()),
        people,
        teams,
        skills,
        plans,
        checkins,
        feedback,
      }),
      teamRows: summarizeTeams(teams, people, plans),
      recentFeedback: listRecentFeedback(feedback, people, 5),
    }
  }, [db])

  const isReady = summary !== undefined
  useEffect(() => {
    // The benchmark suite reads this mark: page load to an interactive dashboard.
    if (isReady && performance.getEntriesByName('trellis:dashboard-ready').length === 0) {
      performance.mark('trellis:dashboard-ready')
    }
  }, [isReady])

  const today = new Intl.DateTimeFormat(undefined, { dateStyle: 'full' }).format(new Date())

  return (
    <div className="page" data-ready={summary ? 'true' : undefined} aria-busy={!summary}>
      <PageHeader title="Dashboard" description={`${info.name} · ${today}`} />
      {summary ? <FirstCycleCard /> : null}
      {!summary ? null : summary.activePeople === 0 ? (
        <EmptyState
          icon={Sparkles}
          title="No one here yet"
          actions={
            <button
              type="button"
              className="button"
              onClick={() => runMenuCommand('workspace:open-sample')}
            >
              Explore the sample company
            </button>
          }
        >
          <p>
            Once people, skills and check-ins are in this workspace, the dashboard shows who is due
            for a check-in, the team’s largest skill gaps and how regularly check-ins and feedback
            happen. Meanwhile, the sample company shows a team with 18 months of history.
          </p>
        </EmptyState>
      ) : (
        <div className="dashboard-sections">
          {props.agenda}
          <section aria-label="Workspace at a glance" className="stat-grid">
            <Stat
              label="Active people"
              value={summary.activePeople}
              detail={`${summary.teams} teams`}
            />
            <Stat
              label="Skills tracked"
              value={summary.skills}
              detail={`${summary.criticalSkills} critical`}
            />
            <Stat label="Active development plans" value={summary.activePlans} />
            <Stat label="Check-ins, last 30 days" value={summary.checkinsLast30Days} />
            <Stat label="Feedback entries, last 30 days" value={summary.feedbackLast30Days} />
          </section>
          <DashboardInsights />
          <div className="card-grid">
            <TeamsCard rows={summary.teamRows} />
            <RecentFeedbackCard entries={summary.recentFeedback} />
            <OutstandingRequestsCard />
            <PeopleMovesCard />
          </div>
        </div>
      )}
    </div>
  )
}

function Stat(props: { label: string; value: number; detail?: string }) {
  return (
    <div className="stat">
      <div className="stat-value">{props.value}</div>
      <div className="stat-label">{props.label}</div>
      {props.detail ? <div className="stat-detail">{props.detail}</div> : null}
    </div>
  )
}
