import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useState, type ReactNode } from 'react'
import {
  buildRetentionReport,
  listReportPeriods,
  smallGroupSize,
  tenureAtExitYears,
} from '../../../../../shared/domain/careers'
import { useCurrentWorkspace } from '../../../app/workspace-store'
import { DataTable } from '../../../ui/DataTable'
import { SelectField, toOptions } from '../../../ui/form'
import { formatDate, formatShare, todayIso } from '../../../ui/format'
import { loadRetentionData } from './load-retention-data'
import { PeopleBehind, type NamedPerson } from './PeopleBehind'
import { ReasonsChart, TurnoverTrendChart } from './RetentionCharts'

const years = (value: number | null) => (value === null ? '–' : `${value.toFixed(1)} years`)

/** Turnover, reasons, top performers, development and promotions, per period and team. */
export function RetentionReportView() {
  const { db } = useCurrentWorkspace()
  const loaded = useLiveQuery(() => loadRetentionData(db), [db])
  const today = todayIso()
  const periods = useMemo(
    () => (loaded ? listReportPeriods(today, loaded.fiscalStartMonth) : []),
    [loaded, today],
  )
  const [periodKey, setPeriodKey] = useState('last-12')
  const [teamId, setTeamId] = useState('')
  const period = periods.find((p) => p.key === periodKey) ?? periods[0]
  const report = useMemo(
    () =>
      loaded && period
        ? buildRetentionReport(loaded.input, period, teamId || null, {
            today,
            fiscalStartMonth: loaded.fiscalStartMonth,
          })
        : undefined,
    [loaded, period, teamId, today],
  )
  if (!loaded || !report || !period) return <p className="muted">Counting…</p>
  const names = new Map(loaded.input.people.map((p) => [p.id, p.displayName]))
  const roleName = (id: string | null) =>
    loaded.roles.find((role) => role.id === id)?.name ?? 'no role'
  const named = (id: string, detail?: string): NamedPerson => ({
    id,
    name: names.get(id) ?? 'Someone deleted',
    detail,
  })
  const { turnover, promotions, development, topPerformers } = report
  const leaverList = turnover.leavers.map((l) =>
    named(l.personId, `${formatDate(l.date)}${l.reason ? `, ${l.reason}` : ''}`),
  )
  return (
    <div className="stack retention-report" data-ready="true">
      <div className="toolbar">
        <SelectField
          id="retention-period"
          label="Period"
          value={period.key}
          onChange={setPeriodKey}
          options={periods.map((p) => ({ value: p.key, label: p.label }))}
        />
        <SelectField
          id="retention-team"
          label="Team"
          value={teamId}
          onChange={setTeamId}
          placeholder="Whole business"
          options={toOptions([...loaded.input.teams].sort((a, b) => a.name.localeCompare(b.name)))}
        />
        <span className="muted">
          {formatDate(period.start)} to {formatDate(period.end)}
        </span>
      </div>
      <div className="stat-grid" aria-label="Retention figures" role="list">
        <Stat label="Turnover" value={formatShare(turnover.turnover)}>
          <p className="stat-detail">
            {turnover.leavers.length} left of {turnover.averageHeadcount.toFixed(1)} on average
          </p>
          <PeopleBehind label="Who left" people={leaverList} />
        </Stat>
        <Stat label="Regretted turnover" value={formatShare(turnover.regrettedTurnover)}>
          <p className="stat-detail">{turnover.regretted.length} we wanted to keep</p>
          <PeopleBehind
            label="Who"
            people={turnover.regretted.map((l) => named(l.personId, l.reason))}
          />
        </Stat>
        <Stat label="Top-performer turnover" value={formatShare(topPerformers.rate)}>
          <p className="stat-detail">
            {topPerformers.topLeavers.length} of{' '}
            {Math.max(topPerformers.topAtStart.length, topPerformers.topLeavers.length)} rated in
            the top band
          </p>
          <PeopleBehind
            label="Who"
            people={topPerformers.topLeavers.map((l) => named(l.personId, formatDate(l.date)))}
          />
        </Stat>
        <Stat
          label="Tenure at exit"
          value={report.tenure.medianYears === null ? '–' : report.tenure.medianYears.toFixed(1)}
          unit={report.tenure.medianYears === null ? undefined : 'years'}
        >
          <p className="stat-detail">Median; average {years(report.tenure.averageYears)}</p>
          <PeopleBehind
            label="Each leaver"
            people={turnover.leavers.map((l) => {
              const tenure = tenureAtExitYears(l)
              return named(l.personId, tenure === null ? 'hire date unknown' : years(tenure))
            })}
          />
        </Stat>
        <Stat label="Roles filled from inside" value={formatShare(promotions.internalRate)}>
          <p className="stat-detail">
            {promotions.internal.length} moved up or across, {promotions.hires.length} hired
          </p>
          <PeopleBehind
            label="Each role filled"
            people={promotions.fills.map((fill) =>
              named(
                fill.personId,
                `${fill.kind === 'hire' ? 'hired as' : 'moved to'} ${roleName(fill.roleId)}, ${formatDate(fill.date)}`,
              ),
            )}
          />
        </Stat>
        <Stat label="Promotions" value={String(promotions.promotions.length)}>
          <p className="stat-detail">In the period</p>
          <PeopleBehind
            label="Who"
            people={promotions.promotions.map((event) => {
              const to = event.changes.find((c) => c.field === 'roleId')?.to ?? null
              return named(event.personId, `to ${roleName(to)}, ${formatDate(event.date)}`)
            })}
          />
        </Stat>
        <Stat
          label="Average time in role"
          value={
            report.averageMonthsInRole === null
              ? '–'
              : String(Math.round(report.averageMonthsInRole))
          }
          unit={report.averageMonthsInRole === null ? undefined : 'months'}
        >
          <p className="stat-detail">Of the {report.timeInRole.length} on staff today</p>
          <PeopleBehind
            label="Each person"
            people={[...report.timeInRole]
              .sort((a, b) => (b.days ?? 0) - (a.days ?? 0))
              .map((entry) =>
                named(
                  entry.personId,
                  entry.since ? `since ${formatDate(entry.since)}` : 'hire date unknown',
                ),
              )}
          />
        </Stat>
      </div>
      <div className="card-grid">
        <section className="card" aria-labelledby="retention-development-title">
          <h2 id="retention-development-title">Who stayed after development</h2>
          <p className="muted">Of the people on staff 12 months ago, the share still here today.</p>
          <dl className="facts">
            <dt>Completed a training by then</dt>
            <dd>
              {formatShare(development.developed.share)} ({development.developed.retained.length} of{' '}
              {development.developed.people.length})
            </dd>
            <dt>Did not</dt>
            <dd>
              {formatShare(development.others.share)} ({development.others.retained.length} of{' '}
              {development.others.people.length})
            </dd>
          </dl>
          {development.isSmall ? (
            <p className="warning-text">
              A group has fewer than {smallGroupSize} people: the difference may be chance.
            </p>
          ) : null}
        </section>
        <section className="card" aria-labelledby="retention-reasons-title">
          <h2 id="retention-reasons-title">Why people left</h2>
          {report.reasons.length === 0 ? (
            <p className="muted">Nobody left in this period.</p>
          ) : (
            <ReasonsChart reasons={report.reasons} />
          )}
        </section>
        <section className="card" aria-labelledby="retention-trend-title">
          <h2 id="retention-trend-title">Turnover by quarter</h2>
          <TurnoverTrendChart trend={report.trend} />
        </section>
        {teamId === '' ? (
          <section className="card" aria-labelledby="retention-teams-title">
            <h2 id="retention-teams-title">By team</h2>
            <DataTable
              columns={[
                'Team',
                { label: 'Left', isNumeric: true },
                { label: 'Regretted', isNumeric: true },
                { label: 'Turnover', isNumeric: true },
              ]}
            >
              {report.byTeam.map((figure) => (
                <tr key={figure.teamId}>
                  <td>{loaded.input.teams.find((t) => t.id === figure.teamId)?.name}</td>
                  <td className="numeric">{figure.leavers.length}</td>
                  <td className="numeric">{figure.regretted.length}</td>
                  <td className="numeric">{formatShare(figure.turnover)}</td>
                </tr>
              ))}
            </DataTable>
          </section>
        ) : null}
      </div>
    </div>
  )
}

function Stat(props: { label: string; value: string; unit?: string; children: ReactNode }) {
  return (
    <div className="stat" role="listitem">
      <div className="stat-label">{props.label}</div>
      <div className="stat-value">
        {props.value}
        {props.unit ? <span className="stat-unit"> {props.unit}</span> : null}
      </div>
      {props.children}
    </div>
  )
}
