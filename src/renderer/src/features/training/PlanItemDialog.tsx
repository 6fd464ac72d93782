import { useState, type FormEvent } from 'react'
import { getPeriodRange } from '../../../../shared/domain/training/periods'
import type { DevelopmentPlan, PlanItem } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { addPlanItems, savePlanItem } from '../../db/repositories/plans'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import type { PersonPlanData } from './load-person-plan'
import { parseAmount } from './use-training-data'
import { describeError, todayIso } from '../../ui/format'

type Draft = {
  kind: PlanItem['kind']
  initiativeId: string
  title: string
  startDate: string
  dueDate: string
  hours: string
  cost: string
  skillIds: string[]
}
type Field = 'initiative' | 'title' | 'startDate' | 'dueDate' | 'hours' | 'cost' | 'form'

/** Adds a plan item (an enrolment or a free-form activity), or edits one's dates and numbers. */
export function PlanItemDialog(props: {
  data: PersonPlanData
  plan: DevelopmentPlan
  item: PlanItem | 'new' | null
  onClose: () => void
}) {
  const { item } = props
  return (
    <Modal
      title={item === 'new' ? 'Add a plan item' : item ? `Edit ${item.title}` : 'Plan item'}
      isOpen={item !== null}
      onClose={props.onClose}
      isWide
    >
      {item !== null ? <PlanItemForm {...props} item={item === 'new' ? null : item} /> : null}
    </Modal>
  )
}

function PlanItemForm(props: {
  data: PersonPlanData
  plan: DevelopmentPlan
  item: PlanItem | null
  onClose: () => void
}) {
  const { data, plan, item, onClose } = props
  const { db } = useCurrentWorkspace()
  const range = getPeriodRange(plan.period)
  const [draft, setDraft] = useState<Draft>(() => ({
    kind: item?.kind ?? 'activity',
    initiativeId: '',
    title: item?.title ?? '',
    startDate: item?.startDate ?? todayIso(),
    dueDate: item?.dueDate ?? range?.end ?? '',
    hours: String(item?.hours ?? 4),
    cost: String(item?.cost ?? 0),
    skillIds: item?.skillIds ?? [],
  }))
  const [problem, setProblem] = useState<{ field: Field; text: string } | null>(null)
  const set = <K extends keyof Draft>(key: K, value: Draft[K]): void =>
    setDraft((current) => ({ ...current, [key]: value }))
  const invalid = (field: Field) =>
    problem?.field === field
      ? { 'aria-invalid': true as const, 'aria-describedby': 'item-error' }
      : {}
  const initiatives = [...data.initiatives].sort((a, b) => a.title.localeCompare(b.title))
  const skillChoices = [
    ...new Set([...plan.focusSkillIds, ...draft.skillIds, ...data.gaps.map((g) => g.skillId)]),
  ].filter((id) => data.skills.has(id))

  const chooseInitiative = (initiativeId: string): void => {
    const initiative = data.initiatives.find((i) => i.id === initiativeId)
    setDraft((current) => ({
      ...current,
      initiativeId,
      title: initiative?.title ?? current.title,
      hours: initiative ? String(initiative.hours) : current.hours,
      cost: initiative ? String(initiative.cost) : current.cost,
    }))
  }

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    const hours = parseAmount(draft.hours)
    const cost = parseAmount(draft.cost)
    const found: { field: Field; text: string } | null =
      !item && draft.kind === 'enrolment' && !draft.initiativeId
        ? { field: 'initiative', text: 'Choose the initiative to enrol in.' }
        : !draft.title.trim()
          ? { field: 'title', text: 'Give the item a title, such as “Shadow the head roaster”.' }
          : !/^\d{4}-\d{2}-\d{2}$/.test(draft.startDate)
            ? { field: 'startDate', text: 'Choose a start date.' }
            : draft.dueDate && draft.dueDate < draft.startDate
              ? { field: 'dueDate', text: 'The due date is before the start date.' }
              : hours === null
                ? { field: 'hours', text: 'The hours are a number, 0 or more.' }
                : cost === null
                  ? { field: 'cost', text: 'The cost is a number, 0 or more.' }
                  : null
    setProblem(found)
    if (found || hours === null || cost === null) return
    try {
      if (item) {
        await savePlanItem(
          db,
          {
            ...item,
            title: draft.title.trim(),
            startDate: draft.startDate,
            dueDate: draft.dueDate || null,
            hours,
            cost,
            skillIds: item.kind === 'activity' ? draft.skillIds : item.skillIds,
          },
          todayIso(),
        )
      } else {
        await addPlanItems(db, plan.id, [
          draft.kind === 'enrolment'
            ? {
                kind: 'enrolment',
                initiativeId: draft.initiativeId,
                title: draft.title.trim(),
                startDate: draft.startDate,
                dueDate: draft.dueDate || null,
                hours,
                cost,
              }
            : {
                kind: 'activity',
                title: draft.title.trim(),
                startDate: draft.startDate,
                dueDate: draft.dueDate || null,
                hours,
                cost,
                skillIds: draft.skillIds,
              },
        ])
      }
      notify('success', `${item ? 'Saved' : 'Added'} “${draft.title.trim()}”.`)
      onClose()
    } catch (error) {
      setProblem({ field: 'form', text: describeError(error) })
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <div className="form-grid">
        {item ? null : (
          <fieldset className="field field-wide radio-group">
            <legend>Kind of item</legend>
            <label className="radio">
              <input
                type="radio"
                name="item-kind"
                checked={draft.kind === 'enrolment'}
                onChange={() => set('kind', 'enrolment')}
              />
              Enrolment in an initiative from the catalogue
            </label>
            <label className="radio">
              <input
                type="radio"
                name="item-kind"
                checked={draft.kind === 'activity'}
                onChange={() => set('kind', 'activity')}
              />
              Free-form activity (stretch assignment, shadowing…)
            </label>
          </fieldset>
        )}
        {!item && draft.kind === 'enrolment' ? (
          <div className="field field-wide">
            <label htmlFor="item-initiative">Initiative</label>
            <select
              id="item-initiative"
              value={draft.initiativeId}
              onChange={(event) => chooseInitiative(event.target.value)}
              {...invalid('initiative')}
            >
              <option value="">Choose an initiative…</option>
              {initiatives.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.title}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field field-wide">
          <label htmlFor="item-title">Title</label>
          <input
            id="item-title"
            value={draft.title}
            maxLength={300}
            onChange={(event) => set('title', event.target.value)}
            {...invalid('title')}
          />
        </div>
        <div className="field">
          <label htmlFor="item-start">Start</label>
          <input
            id="item-start"
            type="date"
            value={draft.startDate}
            onChange={(event) => set('startDate', event.target.value)}
            {...invalid('startDate')}
          />
        </div>
        <div className="field">
          <label htmlFor="item-due">Due</label>
          <input
            id="item-due"
            type="date"
            value={draft.dueDate}
            onChange={(event) => set('dueDate', event.target.value)}
            {...invalid('dueDate')}
          />
        </div>
        <div className="field">
          <label htmlFor="item-hours">Hours</label>
          <input
            id="item-hours"
            inputMode="decimal"
            value={draft.hours}
            onChange={(event) => set('hours', event.target.value)}
            {...invalid('hours')}
          />
        </div>
        <div className="field">
          <label htmlFor="item-cost">Cost ({data.settings.currency})</label>
          <input
            id="item-cost"
            inputMode="decimal"
            value={draft.cost}
            onChange={(event) => set('cost', event.target.value)}
            {...invalid('cost')}
          />
        </div>
        {draft.kind === 'activity' && skillChoices.length > 0 ? (
          <fieldset className="field field-wide">
            <legend>Skills it builds</legend>
            {skillChoices.map((skillId) => (
              <label className="checkbox" key={skillId}>
                <input
                  type="checkbox"
                  checked={draft.skillIds.includes(skillId)}
                  onChange={(event) =>
                    set(
                      'skillIds',
                      event.target.checked
                        ? [...draft.skillIds, skillId]
                        : draft.skillIds.filter((id) => id !== skillId),
                    )
                  }
                />
                {data.skills.get(skillId)?.name}
              </label>
            ))}
          </fieldset>
        ) : null}
      </div>
      {problem ? (
        <p id="item-error" className="field-error" role="alert">
          {problem.text}
        </p>
      ) : null}
      <div className="modal-footer">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button-primary">
          {item ? 'Save changes' : 'Add item'}
        </button>
      </div>
    </form>
  )
}
