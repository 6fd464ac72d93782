import { Download, Plus, Target } from 'lucide-react'
import { useMemo, useState } from 'react'
import { describePeriod } from '../../../../shared/domain/goals/periods'
import { checkGoalQuality, countAlignedGoals } from '../../../../shared/domain/goals/quality'
import { buildGoalTree, type GoalTreeNode } from '../../../../shared/domain/goals/tree'
import type { Goal } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { EmptyState } from '../../ui/EmptyState'
import { formatDate } from '../../ui/format'
import { SelectField, TextField } from '../../ui/form'
import { GoalStandingBadge, levelLabels, ProgressBar, QualityFlags, statusLabels } from './GoalBits'
import { GoalDetailDialog } from './GoalDetailDialog'
import { GoalFormDialog, type GoalFormTarget } from './GoalFormDialog'
import { exportGoalsCsv, exportGoalUpdatesCsv } from './goal-actions'
import { PeriodPicker } from './PeriodPicker'
import type { GoalsData } from './use-goals-data'

export function GoalTree(props: {
  data: GoalsData
  period: string
  periods: string[]
  fiscalStartMonth: number
  onPeriodChange: (period: string) => void
}) {
  const { data, period, periods, fiscalStartMonth, onPeriodChange } = props
  const { db } = useCurrentWorkspace()
  const [teamId, setTeamId] = useState('')
  const [search, setSearch] = useState('')
  const [isFlaggedOnly, setIsFlaggedOnly] = useState(false)
  const [openId, setOpenId] = useState<string | null>(null)
  const [formTarget, setFormTarget] = useState<GoalFormTarget | null>(null)

  const inPeriod = useMemo(
    () => data.goals.filter((goal) => goal.period === period),
    [data.goals, period],
  )
  const flagsOf = useMemo(() => {
    const map = new Map<string, ReturnType<typeof checkGoalQuality>>()
    for (const goal of inPeriod) {
      map.set(
        goal.id,
        checkGoalQuality(
          goal,
          data.keyResults.filter((kr) => kr.goalId === goal.id),
          countAlignedGoals(goal.id, data.goals),
        ),
      )
    }
    return map
  }, [inPeriod, data.keyResults, data.goals])
  const shown = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase()
    return inPeriod.filter(
      (goal) =>
        (teamId === '' || goal.level === 'company' || goal.teamId === teamId) &&
        (needle === '' ||
          goal.title.toLocaleLowerCase().includes(needle) ||
          data.personName(goal.ownerPersonId).toLocaleLowerCase().includes(needle)) &&
        (!isFlaggedOnly || (flagsOf.get(goal.id)?.length ?? 0) > 0),
    )
  }, [inPeriod, teamId, search, isFlaggedOnly, flagsOf, data])
  const tree = useMemo(() => buildGoalTree(shown), [shown])
  const flaggedCount = inPeriod.filter((goal) => (flagsOf.get(goal.id)?.length ?? 0) > 0).length
  const companyGoals = inPeriod.filter((goal) => goal.level === 'company')
  const overall =
    companyGoals.length === 0
      ? null
      : companyGoals.reduce((sum, goal) => sum + (data.rollup.get(goal.id)?.progress ?? 0), 0) /
        companyGoals.length

  const renderNode = (node: GoalTreeNode) => (
    <li key={node.goal.id} className="goal-node">
      <GoalRow
        goal={node.goal}
        data={data}
        flags={flagsOf.get(node.goal.id) ?? []}
        isParentElsewhere={node.isParentElsewhere}
        onOpen={() => setOpenId(node.goal.id)}
      />
      {node.children.length > 0 ? (
        <ul className="goal-children-list">{node.children.map(renderNode)}</ul>
      ) : null}
    </li>
  )

  return (
    <div className="goal-tree-view">
      <div className="toolbar">
        <PeriodPicker
          id="goals-period"
          value={period}
          periods={periods}
          fiscalStartMonth={fiscalStartMonth}
          onChange={onPeriodChange}
        />
        <SelectField
          id="goals-team"
          label="Team"
          value={teamId}
          placeholder="All teams"
          options={data.teams.map((team) => ({ value: team.id, label: team.name }))}
          onChange={setTeamId}
        />
        <TextField
          id="goals-search"
          label="Search"
          type="search"
          value={search}
          placeholder="Goal or owner…"
          onChange={setSearch}
        />
        <label className="checkbox goals-flagged-filter">
          <input
            type="checkbox"
            checked={isFlaggedOnly}
            onChange={(event) => setIsFlaggedOnly(event.target.checked)}
          />
          Only flagged goals
        </label>
        <div className="toolbar-spacer" />
        <div className="row">
          <button type="button" className="button" onClick={() => void exportGoalsCsv(db)}>
            <Download size={16} aria-hidden /> Export goals
          </button>
          <button type="button" className="button" onClick={() => void exportGoalUpdatesCsv(db)}>
            <Download size={16} aria-hidden /> Export updates
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => setFormTarget({ goal: null, period })}
          >
            <Plus size={16} aria-hidden /> Add goal
          </button>
        </div>
      </div>
      <p className="muted" role="status">
        {describePeriod(period, fiscalStartMonth)}:{' '}
        {inPeriod.length === 1 ? '1 goal' : `${inPeriod.length} goals`}
        {overall !== null ? ` · company goals ${Math.round(overall * 100)}% on average` : ''}
        {flaggedCount > 0 ? ` · ${flaggedCount} flagged by the quality check` : ''}
      </p>
      {inPeriod.length === 0 ? (
        <EmptyState
          icon={Target}
          title={`No goals in ${period} yet`}
          actions={
            <button
              type="button"
              className="button button-primary"
              onClick={() => setFormTarget({ goal: null, period })}
            >
              Add a company goal
            </button>
          }
        >
          <p>
            Start with what the business wants this quarter, then align team goals to it and each
            person’s goals to their team’s. Progress rolls up from the key results.
          </p>
        </EmptyState>
      ) : shown.length === 0 ? (
        <p className="muted">No goal matches these filters.</p>
      ) : (
        <ul className="goal-tree" aria-label={`Goals of ${period}`}>
          {tree.map(renderNode)}
        </ul>
      )}
      <GoalDetailDialog
        goalId={openId}
        data={data}
        fiscalStartMonth={fiscalStartMonth}
        onClose={() => setOpenId(null)}
        onOpen={setOpenId}
        onEdit={(goal) => {
          setOpenId(null)
          setFormTarget({ goal, period: goal.period })
        }}
        onAddAligned={(goal) => {
          setOpenId(null)
          setFormTarget({ goal: null, period: goal.period, parentId: goal.id })
        }}
      />
      <GoalFormDialog target={formTarget} data={data} onClose={() => setFormTarget(null)} />
    </div>
  )
}

function GoalRow(props: {
  goal: Goal
  data: GoalsData
  flags: ReturnType<typeof checkGoalQuality>
  isParentElsewhere: boolean
  onOpen: () => void
}) {
  const { goal, data, flags, isParentElsewhere, onOpen } = props
  const progress = data.rollup.get(goal.id)
  const parentTitle = isParentElsewhere
    ? data.goals.find((other) => other.id === goal.parentId)?.title
    : undefined
  return (
    <div
      className={`goal-row goal-row-${goal.level}${goal.status === 'dropped' ? ' is-dropped' : ''}`}
    >
      <div className="goal-row-main">
        <span className={`badge goal-level goal-level-${goal.level}`}>
          {levelLabels[goal.level]}
        </span>
        <button type="button" className="link-button goal-row-title" onClick={onOpen}>
          {goal.title}
        </button>
        <span className="badge">{goal.style === 'okr' ? 'OKR' : 'SMART'}</span>
        {goal.status !== 'active' ? (
          <span className="badge badge-accent">{statusLabels[goal.status]}</span>
        ) : null}
        <QualityFlags flags={flags} />
      </div>
      <div className="goal-row-meta muted">
        {[
          goal.teamId ? data.teamName(goal.teamId) : null,
          goal.ownerPersonId ? data.personName(goal.ownerPersonId) : 'No owner',
          goal.dueDate ? `due ${formatDate(goal.dueDate)}` : null,
          goal.parentId !== null ? `weight ${goal.weight}` : null,
          parentTitle ? `aligned to “${parentTitle}”` : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </div>
      <div className="goal-row-progress">
        <ProgressBar progress={progress?.progress ?? null} label={`Progress of ${goal.title}`} />
        <GoalStandingBadge progress={progress} />
      </div>
    </div>
  )
}
