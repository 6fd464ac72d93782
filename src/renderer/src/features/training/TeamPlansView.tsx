import { useLiveQuery } from 'dexie-react-hooks'
import { Download } from 'lucide-react'
import { useMemo, useState } from 'react'
import { buildAccountabilityRows } from '../../../../shared/domain/training/accountability'
import { findPeriodBudget, rollUpPeriod } from '../../../../shared/domain/training/budget'
import {
  formatPlanPeriod,
  listPlanPeriods,
  toPlanPeriod,
} from '../../../../shared/domain/training/periods'
import { countDaysLate } from '../../../../shared/domain/training/progress'
import { useCurrentWorkspace } from '../../app/workspace-store'
import type { WorkspaceDb } from '../../db/workspace-db'
import { DataTable } from '../../ui/DataTable'
import { formatDate, todayIso } from '../../ui/format'
import { SelectField } from '../../ui/SelectField'
import { BudgetCard } from './BudgetCard'
import { exportAccountabilityCsv } from './training-actions'
import { describeMoney, formatHours } from './use-training-data'
import { useWorkspaceSettings } from '../../app/use-workspace-settings'

async function readTeam(db: WorkspaceDb) {
  const [plans, items, people, teams, initiatives, kpis, skills, enrolments] = await Promise.all([
    db.plans.toArray(),
    db.planItems.toArray(),
    db.people.toArray(),
    db.teams.toArray(),
    db.initiatives.toArray(),
    db.kpis.toArray(),
    db.skills.toArray(),
    db.enrolments.toArray(),
  ])
  return { plans, items, people, teams, initiatives, kpis, skills, enrolments }
}

export function TeamPlansView() {
  const { db } = useCurrentWorkspace()
  const settings = useWorkspaceSettings()
  const data = useLiveQuery(() => readTeam(db), [db])
  const today = todayIso()
  const [period, setPeriod] = useState(() => toPlanPeriod(today))
  const [teamId, setTeamId] = useState('all')

  const view = useMemo(() => {
    if (!data || !settings) return null
    const people = new Map(data.people.map((p) => [p.id, p]))
    const plans = data.plans.filter(
      (plan) => teamId === 'all' || people.get(plan.personId)?.teamId === teamId,
    )
    const budget = findPeriodBudget(settings, period)
    const rollUp = rollUpPeriod({ period, plans, items: data.items, budget: budget.amount, today })
    const planIds = new Set(rollUp.plans.map((p) => p.plan.id))
    const overdue = rollUp.plans
      .flatMap((p) => p.progress.overdue)
      .filter((item) => planIds.has(item.planId))
      .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''))
    const accountability = buildAccountabilityRows(data)
    return { people, budget, rollUp, overdue, accountability }
  }, [data, settings, period, teamId, today])

  if (!data || !settings || !view) return <p className="muted">Loading plans…</p>
  const { people, budget, rollUp, overdue, accountability } = view
  const periods = listPlanPeriods(
    data.plans.map((p) => p.period),
    today,
  )
  const money = (amount: number) => describeMoney(amount, settings)
  const nameOf = (personId: string) => people.get(personId)?.displayName ?? 'Someone removed'
  const sortedPlans = [...rollUp.plans].sort((a, b) =>
    nameOf(a.plan.personId).localeCompare(nameOf(b.plan.personId)),
  )

  return (
    <div className="stack">
      <div className="training-toolbar">
        <SelectField
          id="team-period"
          label="Period"
          value={period}
          onChange={setPeriod}
          options={periods.map((p) => ({ value: p, label: `${formatPlanPeriod(p)} (${p})` }))}
        />
        <SelectField
          id="team-filter"
          label="Team"
          value={teamId}
          onChange={setTeamId}
          options={[
            { value: 'all', label: 'All teams' },
            ...[...data.teams]
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((t) => ({ value: t.id, label: t.name })),
          ]}
        />
      </div>
      <div className="stat-grid">
        <div className="stat">
          <div className="stat-value">{rollUp.plans.length}</div>
          <div className="stat-label">Plans</div>
          <div className="stat-detail">{rollUp.itemCount} items</div>
        </div>
        <div className="stat">
          <div className="stat-value">{formatHours(rollUp.hours)}</div>
          <div className="stat-label">Hours planned</div>
          <div className="stat-detail">{formatHours(rollUp.hoursDone)} done</div>
        </div>
        <div className="stat">
          <div className="stat-value">{rollUp.overdueCount}</div>
          <div className="stat-label">Overdue items</div>
          <div className="stat-detail">Past their due date, not done</div>
        </div>
      </div>
      <BudgetCard rollUp={rollUp} isDefault={budget.isDefault} settings={settings} />

      <section className="card" aria-labelledby="plans-title">
        <h2 id="plans-title">Plans for {formatPlanPeriod(period)}</h2>
        {sortedPlans.length === 0 ? (
          <p className="muted">
            No plans for this period. Open a person’s profile, choose the Plan tab and use “Suggest
            a plan”.
          </p>
        ) : (
          <div className="table-scroll">
            <DataTable columns={['Person', 'Progress', 'Items', 'Hours', 'Cost', 'Overdue']}>
              {sortedPlans.map(({ plan, progress }) => (
                <tr key={plan.id}>
                  <td>
                    <a href={`#/people/${encodeURIComponent(plan.personId)}`}>
                      {nameOf(plan.personId)}
                    </a>
                    {plan.status === 'closed' ? <span className="badge"> closed</span> : null}
                  </td>
                  <td>
                    <span className="progress-cell">
                      <span className="budget-meter" aria-hidden>
                        <span
                          className="budget-meter-fill"
                          style={{ width: `${progress.percent}%`, display: 'block' }}
                        />
                      </span>
                      {progress.percent} %
                    </span>
                  </td>
                  <td>
                    {progress.done} of {progress.total} done
                  </td>
                  <td>{formatHours(progress.hours)}</td>
                  <td>{money(progress.cost)}</td>
                  <td className={progress.overdue.length > 0 ? 'is-overdue' : undefined}>
                    {progress.overdue.length}
                  </td>
                </tr>
              ))}
            </DataTable>
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="overdue-title">
        <h2 id="overdue-title">Overdue items</h2>
        {overdue.length === 0 ? (
          <p className="muted">Nothing is overdue in this period.</p>
        ) : (
          <ul className="plain-list">
            {overdue.map((item) => (
              <li key={item.id}>
                <a href={`#/people/${encodeURIComponent(item.personId)}`}>
                  {nameOf(item.personId)}
                </a>
                : {item.title} — due {formatDate(item.dueDate!)},{' '}
                <span className="is-overdue">{countDaysLate(item, today)} days late</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="accountability-title">
        <div className="card-header">
          <h2 id="accountability-title">Initiative → outcome → KPI → measurement</h2>
          <button
            type="button"
            className="button"
            onClick={() => void exportAccountabilityCsv(accountability)}
            disabled={accountability.length === 0}
          >
            <Download size={16} aria-hidden /> Export CSV
          </button>
        </div>
        <p className="muted">
          {accountability.filter((r) => !r.isComplete).length} of {accountability.length}{' '}
          initiatives still miss part of the line (an outcome, a KPI, a target change or a method).
        </p>
        <div className="table-scroll">
          <DataTable
            columns={[
              'Initiative',
              'Learning outcome',
              'KPI',
              'Target change',
              'Measurement method',
              'Enrolled',
            ]}
          >
            {accountability.map((row) => (
              <tr key={row.initiativeId}>
                <td>
                  {row.initiative}
                  <p className="initiative-line">{row.format}</p>
                </td>
                <td>{row.learningOutcome || <span className="muted">Missing</span>}</td>
                <td>{row.kpi || <span className="muted">Missing</span>}</td>
                <td>{row.targetChange || <span className="muted">Missing</span>}</td>
                <td>{row.measurementMethod || <span className="muted">Missing</span>}</td>
                <td>
                  {row.enrolled} ({row.completed} completed)
                </td>
              </tr>
            ))}
          </DataTable>
        </div>
      </section>
    </div>
  )
}
