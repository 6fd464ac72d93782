import './training.css'
import { useLiveQuery } from 'dexie-react-hooks'
import { ClipboardList, Lightbulb, Plus } from 'lucide-react'
import { useState } from 'react'
import {
  formatPlanPeriod,
  listPlanPeriods,
  toPlanPeriod,
} from '../../../../shared/domain/training/periods'
import { summarizePlanProgress } from '../../../../shared/domain/training/progress'
import type { PlanItem } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import {
  createPlan,
  deletePlan,
  deletePlanItem,
  savePlan,
  savePlanItem,
} from '../../db/repositories/plans'
import { desktop } from '../../platform'
import { EmptyState } from '../../ui/EmptyState'
import { SelectField } from '../../ui/SelectField'
import { notify } from '../../ui/toast-store'
import { AssessAfterDialog } from './AssessAfterDialog'
import { EvidenceDialog } from './EvidenceDialog'
import { FocusDialog } from './FocusDialog'
import { loadPersonPlan } from './load-person-plan'
import { PlanItemDialog } from './PlanItemDialog'
import { PlanItemsTable } from './PlanItemsTable'
import { SuggestPlanDialog } from './SuggestPlanDialog'
import { describeMoney, formatHours } from './use-training-data'
import { describeError, todayIso } from '../../ui/format'
import { writeWithUndo } from '../../app/undo'

/** The person profile's Plan tab: their development plan per period. */
export function PersonPlanTab(props: { personId: string }) {
  const { db } = useCurrentWorkspace()
  const data = useLiveQuery(() => loadPersonPlan(db, props.personId), [db, props.personId])
  const today = todayIso()
  const [chosenPeriod, setPeriod] = useState<string | null>(null)
  const [isSuggesting, setIsSuggesting] = useState(false)
  const [editingItem, setEditingItem] = useState<PlanItem | 'new' | null>(null)
  const [isEditingFocus, setIsEditingFocus] = useState(false)
  const [assessing, setAssessing] = useState<PlanItem | null>(null)
  const [evidenceFor, setEvidenceFor] = useState<{ item: PlanItem; isApplying: boolean } | null>(
    null,
  )

  if (data === undefined) return <p className="muted">Loading the plan…</p>
  if (data === null) return <p className="muted">This person no longer exists.</p>
  const current = toPlanPeriod(today)
  const active = data.plans.find((p) => p.status === 'active' && p.period === current)
  const period = chosenPeriod ?? active?.period ?? data.plans[0]?.period ?? current
  const plan = data.plans.find((p) => p.period === period) ?? null
  const items = plan ? data.items.filter((item) => item.planId === plan.id) : []
  const progress = summarizePlanProgress(items, today)
  const money = (amount: number) => describeMoney(amount, data.settings)
  const goals = plan ? data.goals.filter((g) => plan.goalIds.includes(g.id)) : []

  const changeStatus = async (item: PlanItem, status: PlanItem['status']): Promise<void> => {
    if (status === item.status) return
    if (status === 'applied' && item.evidence.length === 0) {
      setEvidenceFor({ item, isApplying: true })
      return
    }
    try {
      const result = await savePlanItem(db, { ...item, status }, today)
      if (result.isNewlyCompleted) setAssessing(result.item)
      else notify('success', `“${item.title}” is now ${status.replace('-', ' ')}.`)
    } catch (error) {
      notify('error', describeError(error))
    }
  }

  const removeItem = async (item: PlanItem): Promise<void> => {
    const { isConfirmed } = await desktop.confirm({
      title: 'Delete plan item',
      message: `Delete “${item.title}” from the plan?`,
      detail:
        item.kind === 'enrolment'
          ? 'An enrolment that has not started is withdrawn; training already started stays on record.'
          : 'The activity is removed from the plan.',
      confirmLabel: 'Delete',
      isDestructive: true,
    })
    if (!isConfirmed) return
    await writeWithUndo(db, () => deletePlanItem(db, item.id), `Deleted “${item.title}”.`)
  }

  const removePlan = async (): Promise<void> => {
    if (!plan) return
    const { isConfirmed } = await desktop.confirm({
      title: 'Delete plan',
      message: `Delete the plan for ${formatPlanPeriod(plan.period)} and its ${items.length} items?`,
      detail:
        'Enrolments that have not started are withdrawn. To keep the plan as history, close it instead.',
      confirmLabel: 'Delete',
      isDestructive: true,
    })
    if (!isConfirmed) return
    await writeWithUndo(
      db,
      () => deletePlan(db, plan.id),
      `Deleted the plan for ${formatPlanPeriod(plan.period)}.`,
    )
  }

  const startEmpty = async (): Promise<void> => {
    try {
      await createPlan(db, {
        personId: data.person.id,
        period,
        focusSkillIds: data.gaps.slice(0, 3).map((g) => g.skillId),
        goalIds: data.goals.filter((g) => g.status === 'active').map((g) => g.id),
        today,
      })
      notify('success', `Started a plan for ${formatPlanPeriod(period)}.`)
    } catch (error) {
      notify('error', describeError(error))
    }
  }

  const periods = listPlanPeriods(
    data.plans.map((p) => p.period),
    today,
  )
  const suggestButton = (
    <button type="button" className="button button-primary" onClick={() => setIsSuggesting(true)}>
      <Lightbulb size={16} aria-hidden /> Suggest a plan
    </button>
  )

  return (
    <div className="stack">
      <div className="plan-header">
        <SelectField
          id="plan-period"
          label="Period"
          value={period}
          onChange={setPeriod}
          options={periods.map((p) => ({
            value: p,
            label: `${formatPlanPeriod(p)}${data.plans.some((x) => x.period === p) ? '' : ' (no plan)'}`,
          }))}
        />
        {plan ? (
          <div className="plan-actions">
            {suggestButton}
            <button type="button" className="button" onClick={() => setEditingItem('new')}>
              <Plus size={16} aria-hidden /> Add item
            </button>
            <button
              type="button"
              className="button"
              onClick={() =>
                void savePlan(db, {
                  ...plan,
                  status: plan.status === 'active' ? 'closed' : 'active',
                })
              }
            >
              {plan.status === 'active' ? 'Close plan' : 'Reopen plan'}
            </button>
            <button type="button" className="button" onClick={() => void removePlan()}>
              Delete plan
            </button>
          </div>
        ) : null}
      </div>

      {!plan ? (
        <EmptyState
          icon={ClipboardList}
          title={`No plan for ${formatPlanPeriod(period)}`}
          actions={
            <>
              {suggestButton}
              <button type="button" className="button" onClick={() => void startEmpty()}>
                Start an empty plan
              </button>
            </>
          }
        >
          <p>
            “Suggest a plan” proposes training for {data.person.displayName}’s largest gaps
            {data.gaps.length > 0 ? ` (${data.gaps.length} today)` : ''} and what they want to
            learn, low-cost formats first. You accept, edit or drop each suggestion.
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="stat-grid">
            <div className="stat">
              <div className="stat-value">{progress.percent} %</div>
              <div className="stat-label">Progress</div>
              <div className="stat-detail">
                {progress.done} of {progress.total} items done
                {progress.applied > 0 ? `, ${progress.applied} applied on the job` : ''}
              </div>
            </div>
            <div className="stat">
              <div className="stat-value">{formatHours(progress.hours)}</div>
              <div className="stat-label">Hours</div>
              <div className="stat-detail">{formatHours(progress.hoursDone)} done</div>
            </div>
            <div className="stat">
              <div className="stat-value">{money(progress.cost)}</div>
              <div className="stat-label">Cost</div>
              <div className="stat-detail">
                {plan.status === 'closed' ? 'Closed plan' : 'Active plan'}
              </div>
            </div>
            <div className="stat">
              <div className={progress.overdue.length > 0 ? 'stat-value is-overdue' : 'stat-value'}>
                {progress.overdue.length}
              </div>
              <div className="stat-label">Overdue</div>
              <div className="stat-detail">Past due and not done</div>
            </div>
          </div>
          <section className="card" aria-labelledby="plan-focus-title">
            <div className="card-header">
              <h2 id="plan-focus-title">Focus skills and goals</h2>
              <button type="button" className="button" onClick={() => setIsEditingFocus(true)}>
                Edit focus and goals
              </button>
            </div>
            {plan.focusSkillIds.length === 0 ? (
              <p className="muted">No focus skills yet.</p>
            ) : (
              <ul className="chip-list" aria-label="Focus skills">
                {plan.focusSkillIds.map((id) => {
                  const gap = data.gaps.find((g) => g.skillId === id)
                  return (
                    <li key={id} className="tag">
                      {data.skills.get(id)?.name ?? 'Deleted skill'}
                      {gap ? ` · ${gap.currentLevel ?? 0} → ${gap.requiredLevel}` : ''}
                    </li>
                  )
                })}
              </ul>
            )}
            {goals.length === 0 ? (
              <p className="muted">No linked goals.</p>
            ) : (
              <ul className="plain-list" aria-label="Linked goals">
                {goals.map((goal) => (
                  <li key={goal.id}>
                    {goal.title} <span className="muted">({goal.period})</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="card" aria-labelledby="plan-items-title">
            <h2 id="plan-items-title">Plan items</h2>
            {items.length === 0 ? (
              <p className="muted">
                No items yet: use “Suggest a plan”, or “Add item” for an enrolment or a free-form
                activity such as a stretch assignment.
              </p>
            ) : (
              <PlanItemsTable
                data={data}
                items={items}
                today={today}
                onStatus={(item, status) => void changeStatus(item, status)}
                onEdit={setEditingItem}
                onEvidence={(item) => setEvidenceFor({ item, isApplying: false })}
                onDelete={(item) => void removeItem(item)}
              />
            )}
          </section>
        </>
      )}
      <SuggestPlanDialog
        data={data}
        period={period}
        plan={plan}
        isOpen={isSuggesting}
        onClose={() => setIsSuggesting(false)}
      />
      {plan ? (
        <>
          <PlanItemDialog
            data={data}
            plan={plan}
            item={editingItem}
            onClose={() => setEditingItem(null)}
          />
          <FocusDialog
            data={data}
            plan={isEditingFocus ? plan : null}
            onClose={() => setIsEditingFocus(false)}
          />
        </>
      ) : null}
      <AssessAfterDialog data={data} item={assessing} onClose={() => setAssessing(null)} />
      <EvidenceDialog
        item={evidenceFor?.item ?? null}
        isApplying={evidenceFor?.isApplying ?? false}
        onClose={() => setEvidenceFor(null)}
      />
    </div>
  )
}
