import { useMemo, useState } from 'react'
import { getPeriodRange } from '../../../../shared/domain/training/periods'
import {
  chooseFocusSkills,
  suggestPlanItems,
  type PlanSuggestion,
  type SuggestPlanInput,
} from '../../../../shared/domain/training/suggest'
import type { DevelopmentPlan } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { addPlanItems, createPlan, savePlan, toNewPlanItems } from '../../db/repositories/plans'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import type { PersonPlanData } from './load-person-plan'
import { describeMoney, formatHours, parseAmount } from './use-training-data'
import { describeError, todayIso } from '../../ui/format'

type Decision = {
  suggestion: PlanSuggestion
  isDropped: boolean
  isEditing: boolean
  title: string
  hours: string
  cost: string
}

export function SuggestPlanDialog(props: {
  data: PersonPlanData
  period: string
  plan: DevelopmentPlan | null
  isOpen: boolean
  onClose: () => void
}) {
  return (
    <Modal
      title={`Suggest a plan for ${props.data.person.displayName}`}
      isOpen={props.isOpen}
      onClose={props.onClose}
      isWide
    >
      <SuggestPlanForm {...props} />
    </Modal>
  )
}

function SuggestPlanForm(props: {
  data: PersonPlanData
  period: string
  plan: DevelopmentPlan | null
  onClose: () => void
}) {
  const { data, period, plan, onClose } = props
  const { db } = useCurrentWorkspace()
  const today = todayIso()
  const range = getPeriodRange(period)
  const { focus, suggestions } = useMemo(() => {
    const planned = new Set(
      data.items
        .filter((item) => item.planId === plan?.id && item.enrolmentId)
        .map((item) => data.enrolments.get(item.enrolmentId!)?.initiativeId ?? ''),
    )
    const input: SuggestPlanInput = {
      gaps: data.gaps,
      aspirations: data.aspirations,
      currentLevels: data.currentLevels,
      skills: [...data.skills.values()],
      initiatives: data.initiatives,
      plannedInitiativeIds: planned,
      topScale: data.scale.at(-1)?.level ?? 4,
      currency: data.settings.currency,
    }
    const chosen = chooseFocusSkills(input)
    return { focus: chosen, suggestions: suggestPlanItems(input, chosen) }
  }, [data, plan])
  const [decisions, setDecisions] = useState<Decision[]>(() =>
    suggestions.map((suggestion) => ({
      suggestion,
      isDropped: false,
      isEditing: false,
      title: suggestion.title,
      hours: String(suggestion.hours),
      cost: String(suggestion.cost),
    })),
  )
  const [startDate, setStartDate] = useState(() =>
    range && range.start > today ? range.start : today,
  )
  const [dueDate, setDueDate] = useState(() => range?.end ?? '')
  const [problem, setProblem] = useState('')
  const update = (index: number, change: Partial<Decision>): void =>
    setDecisions((all) => all.map((d, i) => (i === index ? { ...d, ...change } : d)))
  const accepted = decisions.filter((d) => !d.isDropped)

  const submit = async (): Promise<void> => {
    for (const d of accepted) {
      if (!d.title.trim()) return setProblem('Every accepted item needs a title.')
      if (parseAmount(d.hours) === null || parseAmount(d.cost) === null)
        return setProblem(`Hours and cost of “${d.title}” are numbers, 0 or more.`)
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate)) return setProblem('Choose a start date.')
    if (dueDate && dueDate < startDate) return setProblem('The due date is before the start date.')
    const items = toNewPlanItems(
      accepted.map((d) => ({
        ...d.suggestion,
        title: d.title.trim(),
        hours: parseAmount(d.hours) ?? 0,
        cost: parseAmount(d.cost) ?? 0,
      })),
      { startDate, dueDate: dueDate || null },
    )
    const focusIds = focus.map((f) => f.skillId)
    try {
      if (plan) {
        await addPlanItems(db, plan.id, items)
        const merged = [...new Set([...plan.focusSkillIds, ...focusIds])]
        if (merged.length !== plan.focusSkillIds.length)
          await savePlan(db, { ...plan, focusSkillIds: merged })
      } else {
        await createPlan(
          db,
          {
            personId: data.person.id,
            period,
            focusSkillIds: focusIds,
            goalIds: data.goals.filter((g) => g.status === 'active').map((g) => g.id),
            today,
          },
          items,
        )
      }
      notify('success', `Added ${items.length} item${items.length === 1 ? '' : 's'} to the plan.`)
      onClose()
    } catch (error) {
      setProblem(describeError(error))
    }
  }

  if (focus.length === 0) {
    return (
      <>
        <p>
          {data.person.displayName} has no gap against their role and no aspiration to learn
          something new, so there is nothing to suggest. Assess their skills in the matrix, or
          record what they want to learn, then try again. You can still add items by hand.
        </p>
        <div className="modal-footer">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      </>
    )
  }

  return (
    <div className="suggest-plan">
      <h3>Focus skills</h3>
      <ul className="plain-list">
        {focus.map((f) => (
          <li key={f.skillId}>
            <strong>{f.skillName}</strong>{' '}
            <span className="badge">{f.reason === 'gap' ? 'Gap' : 'Aspiration'}</span> {f.reasoning}
          </li>
        ))}
      </ul>
      <h3>
        Suggested items ({accepted.length} of {decisions.length} accepted)
      </h3>
      <p className="training-hint">
        What reaches the needed level comes first, then low-cost formats. Accept, edit or drop each.
      </p>
      {decisions.map((d, index) => (
        <article
          key={d.suggestion.key}
          className={d.isDropped ? 'suggestion is-dropped' : 'suggestion'}
          aria-label={`Suggestion: ${d.suggestion.title}`}
        >
          <div className="suggestion-head">
            <strong>{d.title}</strong>
            <span className="row">
              {d.suggestion.isLowCost ? <span className="badge badge-accent">Low cost</span> : null}
              <span className="badge">
                {d.suggestion.kind === 'activity' ? 'Free-form activity' : 'Initiative'}
              </span>
              <span>
                {formatHours(parseAmount(d.hours) ?? 0)} ·{' '}
                {describeMoney(parseAmount(d.cost) ?? 0, data.settings)}
              </span>
            </span>
          </div>
          <p className="suggestion-reason">{d.suggestion.reasoning}</p>
          {d.isEditing && !d.isDropped ? (
            <div className="suggestion-edit">
              <div className="field">
                <label htmlFor={`suggestion-title-${index}`}>Title</label>
                <input
                  id={`suggestion-title-${index}`}
                  value={d.title}
                  onChange={(event) => update(index, { title: event.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={`suggestion-hours-${index}`}>Hours</label>
                <input
                  id={`suggestion-hours-${index}`}
                  inputMode="decimal"
                  value={d.hours}
                  onChange={(event) => update(index, { hours: event.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={`suggestion-cost-${index}`}>Cost</label>
                <input
                  id={`suggestion-cost-${index}`}
                  inputMode="decimal"
                  value={d.cost}
                  onChange={(event) => update(index, { cost: event.target.value })}
                />
              </div>
            </div>
          ) : null}
          <div className="row">
            {d.isDropped ? (
              <button
                type="button"
                className="button"
                aria-label={`Accept ${d.suggestion.title}`}
                onClick={() => update(index, { isDropped: false })}
              >
                Accept
              </button>
            ) : (
              <>
                <button
                  type="button"
                  className="button"
                  aria-label={`${d.isEditing ? 'Done editing' : 'Edit'} ${d.suggestion.title}`}
                  aria-expanded={d.isEditing}
                  onClick={() => update(index, { isEditing: !d.isEditing })}
                >
                  {d.isEditing ? 'Done editing' : 'Edit'}
                </button>
                <button
                  type="button"
                  className="button"
                  aria-label={`Drop ${d.suggestion.title}`}
                  onClick={() => update(index, { isDropped: true, isEditing: false })}
                >
                  Drop
                </button>
              </>
            )}
            <span className="muted">{d.isDropped ? 'Dropped' : 'Accepted'}</span>
          </div>
        </article>
      ))}
      <div className="form-grid">
        <div className="field">
          <label htmlFor="suggest-start">Start accepted items on</label>
          <input
            id="suggest-start"
            type="date"
            value={startDate}
            onChange={(event) => setStartDate(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="suggest-due">Due by</label>
          <input
            id="suggest-due"
            type="date"
            value={dueDate}
            onChange={(event) => setDueDate(event.target.value)}
          />
        </div>
      </div>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="modal-footer">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={accepted.length === 0}
          onClick={() => void submit()}
        >
          {plan ? 'Add' : 'Create the plan with'} {accepted.length} item
          {accepted.length === 1 ? '' : 's'}
        </button>
      </div>
    </div>
  )
}
