import { useMemo } from 'react'
import {
  findSuggestPlanProblem,
  readAcceptedSuggestions,
  toSuggestPlanDraft,
  type SuggestionDraft,
  type SuggestionEditField,
  type SuggestPlanDraft,
  type SuggestPlanField,
} from '../../../../shared/domain/training/plan-forms'
import { getPeriodRange } from '../../../../shared/domain/training/periods'
import {
  chooseFocusSkills,
  suggestPlanItems,
  type FocusSkill,
  type PlanSuggestion,
} from '../../../../shared/domain/training/suggest'
import type { DevelopmentPlan } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { addPlanItems, createPlan, toNewPlanItems } from '../../db/repositories/plans'
import { todayIso } from '../../ui/format'
import {
  bindText,
  DialogForm,
  FieldError,
  FormDialog,
  TextField,
  useForm,
  type FormState,
} from '../../ui/form'
import { notify } from '../../ui/toast-store'
import type { PersonPlanData } from './load-person-plan'
import { EffortFields, PlanDatesFields } from './TrainingFields'
import { describeMoney, formatHours, parseAmount } from './use-training-data'

type SuggestForm = FormState<SuggestPlanDraft, SuggestPlanField>

/** The focus skills and what would build them, leaving out initiatives already in the plan. */
function suggestFor(
  data: PersonPlanData,
  plan: DevelopmentPlan | null,
): { focus: FocusSkill[]; suggestions: PlanSuggestion[] } {
  const planned = new Set(
    data.items
      .filter((item) => item.planId === plan?.id && item.enrolmentId)
      .map((item) => data.enrolments.get(item.enrolmentId!)?.initiativeId ?? ''),
  )
  const input = {
    gaps: data.gaps,
    aspirations: data.aspirations,
    currentLevels: data.currentLevels,
    skills: [...data.skills.values()],
    initiatives: data.initiatives,
    plannedInitiativeIds: planned,
    topScale: data.scale.at(-1)?.level ?? 4,
    currency: data.settings.currency,
  }
  const focus = chooseFocusSkills(input)
  return { focus, suggestions: suggestPlanItems(input, focus) }
}

export function SuggestPlanDialog(props: {
  data: PersonPlanData
  period: string
  plan: DevelopmentPlan | null
  isOpen: boolean
  onClose: () => void
}) {
  const { data, plan, isOpen, onClose } = props
  const found = useMemo(() => (isOpen ? suggestFor(data, plan) : null), [isOpen, data, plan])
  const isEmpty = found !== null && found.focus.length === 0
  return (
    <FormDialog
      title={`Suggest a plan for ${data.person.displayName}`}
      isOpen={isOpen}
      onClose={onClose}
      isWide
      notice={
        isEmpty ? (
          <p>
            {data.person.displayName} has no gap against their role and no aspiration to learn
            something new, so there is nothing to suggest. Assess their skills in the matrix, or
            record what they want to learn, then try again. You can still add items by hand.
          </p>
        ) : undefined
      }
    >
      {found === null ? null : (
        <SuggestPlanForm {...props} focus={found.focus} suggestions={found.suggestions} />
      )}
    </FormDialog>
  )
}

function SuggestPlanForm(props: {
  data: PersonPlanData
  period: string
  plan: DevelopmentPlan | null
  focus: FocusSkill[]
  suggestions: PlanSuggestion[]
  onClose: () => void
}) {
  const { data, period, plan, focus, suggestions, onClose } = props
  const { db } = useCurrentWorkspace()
  const form = useForm<SuggestPlanDraft, SuggestPlanField>({
    idPrefix: 'suggest',
    initial: () => toSuggestPlanDraft(suggestions, getPeriodRange(period), todayIso()),
    check: findSuggestPlanProblem,
    save: async (draft) => {
      const items = toNewPlanItems(readAcceptedSuggestions(draft), {
        startDate: draft.startDate,
        dueDate: draft.dueDate || null,
      })
      const focusIds = focus.map((f) => f.skillId)
      if (plan) {
        // The items and the plan's widened focus together, or neither.
        await addPlanItems(db, plan.id, items, focusIds)
      } else {
        await createPlan(
          db,
          {
            personId: data.person.id,
            period,
            focusSkillIds: focusIds,
            goalIds: data.goals.filter((g) => g.status === 'active').map((g) => g.id),
            today: todayIso(),
          },
          items,
        )
      }
      notify('success', `Added ${items.length} item${items.length === 1 ? '' : 's'} to the plan.`)
      onClose()
    },
  })
  const { decisions } = form.draft
  const accepted = decisions.filter((d) => !d.isDropped).length
  const listField = form.field('decisions')

  return (
    <DialogForm
      form={form}
      className="suggest-plan"
      submitLabel={`${plan ? 'Add' : 'Create the plan with'} ${accepted} item${accepted === 1 ? '' : 's'}`}
      isSubmitDisabled={accepted === 0}
      onCancel={onClose}
    >
      <h3>Focus skills</h3>
      <ul className="plain-list">
        {focus.map((f) => (
          <li key={f.skillId}>
            <strong>{f.skillName}</strong>{' '}
            <span className="badge">{f.reason === 'gap' ? 'Gap' : 'Aspiration'}</span> {f.reasoning}
          </li>
        ))}
      </ul>
      <h3 id={listField.id} tabIndex={-1}>
        Suggested items ({accepted} of {decisions.length} accepted)
      </h3>
      <p className="training-hint">
        What reaches the needed level comes first, then low-cost formats. Accept, edit or drop each.
      </p>
      {listField.error ? <FieldError id={`${listField.id}-error`} text={listField.error} /> : null}
      {decisions.map((decision, index) => (
        <SuggestionCard
          key={decision.suggestion.key}
          form={form}
          decision={decision}
          index={index}
          currency={data.settings.currency}
          describeCost={(cost) => describeMoney(cost, data.settings)}
        />
      ))}
      <div className="form-grid">
        <PlanDatesFields
          start={bindText(form, 'startDate')}
          due={bindText(form, 'dueDate')}
          startLabel="Start accepted items on"
          dueLabel="Due by"
        />
      </div>
    </DialogForm>
  )
}

/** One suggestion: what it is and why, to accept, edit or drop. */
function SuggestionCard(props: {
  form: SuggestForm
  decision: SuggestionDraft
  index: number
  currency: string
  describeCost: (cost: number) => string
}) {
  const { form, decision, index } = props
  const { suggestion } = decision
  const prefix = `suggestion-${index}-` as const
  const hasProblem = form.problem?.field.startsWith(prefix) ?? false
  const change = (edit: Partial<SuggestionDraft>): void => {
    form.update((current) => ({
      ...current,
      decisions: current.decisions.map((d, i) => (i === index ? { ...d, ...edit } : d)),
    }))
    if (hasProblem || form.problem?.field === 'decisions') form.setProblem(null)
  }
  const bind = (key: SuggestionEditField) => ({
    ...form.field(`${prefix}${key}`),
    value: decision[key],
    onChange: (value: string) => change({ [key]: value }),
  })
  // A suggestion with a problem shows its fields, so focus can land on the one to fix.
  const isEditing = !decision.isDropped && (decision.isEditing || hasProblem)

  return (
    <article
      className={decision.isDropped ? 'suggestion is-dropped' : 'suggestion'}
      aria-label={`Suggestion: ${suggestion.title}`}
    >
      <div className="suggestion-head">
        <strong>{decision.title}</strong>
        <span className="row">
          {suggestion.isLowCost ? <span className="badge badge-accent">Low cost</span> : null}
          <span className="badge">
            {suggestion.kind === 'activity' ? 'Free-form activity' : 'Initiative'}
          </span>
          <span>
            {formatHours(parseAmount(decision.hours) ?? 0)} ·{' '}
            {props.describeCost(parseAmount(decision.cost) ?? 0)}
          </span>
        </span>
      </div>
      <p className="suggestion-reason">{suggestion.reasoning}</p>
      {isEditing ? (
        <div className="suggestion-edit">
          <TextField {...bind('title')} label="Title" maxLength={300} />
          <EffortFields hours={bind('hours')} cost={bind('cost')} currency={props.currency} />
        </div>
      ) : null}
      <div className="row">
        {decision.isDropped ? (
          <button
            type="button"
            className="button"
            aria-label={`Accept ${suggestion.title}`}
            onClick={() => change({ isDropped: false })}
          >
            Accept
          </button>
        ) : (
          <>
            <button
              type="button"
              className="button"
              aria-label={`${isEditing ? 'Done editing' : 'Edit'} ${suggestion.title}`}
              aria-expanded={isEditing}
              onClick={() => change({ isEditing: !isEditing })}
            >
              {isEditing ? 'Done editing' : 'Edit'}
            </button>
            <button
              type="button"
              className="button"
              aria-label={`Drop ${suggestion.title}`}
              onClick={() => change({ isDropped: true, isEditing: false })}
            >
              Drop
            </button>
          </>
        )}
        <span className="muted">{decision.isDropped ? 'Dropped' : 'Accepted'}</span>
      </div>
    </article>
  )
}
