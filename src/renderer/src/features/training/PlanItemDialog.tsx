import { getPeriodRange } from '../../../../shared/domain/training/periods'
import {
  choosePlanItemInitiative,
  findPlanItemProblem,
  readPlanItemDraft,
  toPlanItemDraft,
  type PlanItemDraft,
  type PlanItemField,
} from '../../../../shared/domain/training/plan-item-form'
import type { DevelopmentPlan, PlanItem } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { addPlanItems, savePlanItem } from '../../db/repositories/plans'
import { todayIso } from '../../ui/format'
import {
  bindText,
  ChecklistField,
  ChoiceGroup,
  DialogForm,
  SelectField,
  TextField,
  useForm,
} from '../../ui/form'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import type { PersonPlanData } from './load-person-plan'
import { EffortFields, PlanDatesFields } from './TrainingFields'

const kindOptions = [
  { value: 'enrolment', label: 'Enrolment in an initiative from the catalogue' },
  { value: 'activity', label: 'Free-form activity (stretch assignment, shadowing…)' },
] as const

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
      {/* Mounted only while open, so every opening starts from the stored item. */}
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
  const isNew = item === null
  const form = useForm<PlanItemDraft, PlanItemField>({
    idPrefix: 'item',
    initial: () =>
      toPlanItemDraft(item, {
        today: todayIso(),
        periodEnd: getPeriodRange(plan.period)?.end ?? null,
      }),
    check: (draft) => findPlanItemProblem(draft, { isNew }),
    // What the repository refuses: dates out of order, an initiative deleted meanwhile.
    fieldOfError: (text) =>
      /due date/.test(text)
        ? 'dueDate'
        : isNew && /initiative/.test(text)
          ? 'initiativeId'
          : 'form',
    save: async (draft) => {
      const read = readPlanItemDraft(draft)
      if (item) {
        await savePlanItem(
          db,
          { ...item, ...read, skillIds: item.kind === 'activity' ? draft.skillIds : item.skillIds },
          todayIso(),
        )
      } else {
        await addPlanItems(db, plan.id, [
          draft.kind === 'enrolment'
            ? { kind: 'enrolment', initiativeId: draft.initiativeId, ...read }
            : { kind: 'activity', ...read, skillIds: draft.skillIds },
        ])
      }
      notify('success', `${item ? 'Saved' : 'Added'} “${read.title}”.`)
      onClose()
    },
  })
  const { draft, set } = form
  const initiatives = [...data.initiatives]
    .sort((a, b) => a.title.localeCompare(b.title))
    .map((initiative) => ({ value: initiative.id, label: initiative.title }))
  const skillChoices = [
    ...new Set([...plan.focusSkillIds, ...draft.skillIds, ...data.gaps.map((g) => g.skillId)]),
  ].filter((id) => data.skills.has(id))

  return (
    <DialogForm form={form} submitLabel={item ? 'Save changes' : 'Add item'} onCancel={onClose}>
      <div className="form-grid">
        {isNew ? (
          <ChoiceGroup
            {...form.field('kind')}
            legend="Kind of item"
            isWide
            className="training-choice"
            value={draft.kind}
            options={kindOptions}
            onChange={(kind) => set('kind', kind)}
          />
        ) : null}
        {isNew && draft.kind === 'enrolment' ? (
          <SelectField
            {...form.field('initiativeId')}
            label="Initiative"
            isWide
            value={draft.initiativeId}
            placeholder="Choose an initiative…"
            options={initiatives}
            onChange={(initiativeId) => {
              const chosen = data.initiatives.find((i) => i.id === initiativeId)
              form.update((current) => choosePlanItemInitiative(current, chosen))
              if (form.problem?.field === 'initiativeId') form.setProblem(null)
            }}
          />
        ) : null}
        <TextField {...bindText(form, 'title')} label="Title" isWide maxLength={300} />
        <PlanDatesFields start={bindText(form, 'startDate')} due={bindText(form, 'dueDate')} />
        <EffortFields
          hours={bindText(form, 'hours')}
          cost={bindText(form, 'cost')}
          currency={data.settings.currency}
        />
        {draft.kind === 'activity' && skillChoices.length > 0 ? (
          <ChecklistField
            {...form.field('skillIds')}
            legend="Skills it builds"
            isWide
            className="training-checklist"
            options={skillChoices.map((id) => ({
              value: id,
              label: data.skills.get(id)?.name ?? 'Deleted skill',
            }))}
            chosen={draft.skillIds}
            onChange={(skillIds) => set('skillIds', skillIds)}
            emptyNote="No gaps or focus skills to choose from."
          />
        ) : null}
      </div>
    </DialogForm>
  )
}
