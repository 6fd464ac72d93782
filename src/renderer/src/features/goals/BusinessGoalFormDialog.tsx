import {
  findBusinessGoalProblem,
  readSkillNeeds,
  type BusinessGoalField,
  type SkillNeedDraft,
} from '../../../../shared/domain/goals/form-checks'
import type { BusinessGoal, ScaleLevel } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { saveBusinessGoal } from '../../db/repositories/goals'
import {
  DialogForm,
  FormRows,
  LevelField,
  NumberField,
  SelectField,
  TextAreaField,
  TextField,
  useForm,
} from '../../ui/form'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import { type GoalsData } from './use-goals-data'

interface Draft {
  title: string
  description: string
  horizon: string
  goalId: string
  needs: SkillNeedDraft[]
}

type Control = BusinessGoalField | 'description' | 'horizon' | 'goalId' | `need-${number}-level`

export function BusinessGoalFormDialog(props: {
  /** The business goal to edit; null adds one, undefined keeps the dialog closed. */
  record: BusinessGoal | null | undefined
  data: GoalsData
  skills: Array<{ id: string; name: string }>
  scale: ScaleLevel[]
  onClose: () => void
}) {
  const { record, onClose } = props
  return (
    <Modal
      title={record ? `Edit “${record.title}”` : 'Add a business goal'}
      isOpen={record !== undefined}
      onClose={onClose}
      isWide
    >
      {record !== undefined ? <BusinessGoalForm {...props} record={record} /> : null}
    </Modal>
  )
}

function BusinessGoalForm(props: {
  record: BusinessGoal | null
  data: GoalsData
  skills: Array<{ id: string; name: string }>
  scale: ScaleLevel[]
  onClose: () => void
}) {
  const { record, data, skills, scale, onClose } = props
  const { db } = useCurrentWorkspace()
  // A required level of 0 ("not able") asks for nothing.
  const levels = scale.filter((level) => level.level >= 1)
  const defaultLevel = levels.some((level) => level.level === 3)
    ? '3'
    : String(levels.at(-1)?.level ?? 3)
  const form = useForm<Draft, Control>({
    idPrefix: 'bg',
    initial: () => ({
      title: record?.title ?? '',
      description: record?.description ?? '',
      horizon: record?.horizon ?? '',
      goalId: record?.goalId ?? '',
      needs:
        record?.skillNeeds.map((need) => ({
          id: crypto.randomUUID(),
          skillId: need.skillId,
          level: String(need.level),
          headcount: String(need.headcount),
        })) ?? [],
    }),
    check: findBusinessGoalProblem,
    save: async (draft) => {
      const saved = await saveBusinessGoal(db, {
        id: record?.id ?? crypto.randomUUID(),
        title: draft.title.trim(),
        description: draft.description.trim(),
        horizon: draft.horizon.trim(),
        goalId: draft.goalId || null,
        skillNeeds: readSkillNeeds(draft.needs),
      })
      notify(
        'success',
        record ? `Saved “${saved.title}”.` : `Added the business goal “${saved.title}”.`,
      )
      onClose()
    },
  })
  const { draft, set } = form
  const setNeed = <K extends keyof SkillNeedDraft>(
    index: number,
    key: K,
    value: SkillNeedDraft[K],
  ): void => {
    form.update((current) => ({
      ...current,
      needs: current.needs.map((need, i) => (i === index ? { ...need, [key]: value } : need)),
    }))
    if (form.problem?.field === `need-${index}-${key}`) form.setProblem(null)
  }
  const changeNeeds = (needs: SkillNeedDraft[]): void => {
    set('needs', needs)
    // Errors name lines by position, which has just changed.
    if (form.problem?.field.startsWith('need-')) form.setProblem(null)
  }
  const goalOptions = data.goals
    .filter((goal) => goal.level === 'company' || goal.id === draft.goalId)
    .sort((a, b) => b.period.localeCompare(a.period) || a.title.localeCompare(b.title))
    .map((goal) => ({ value: goal.id, label: `${goal.period}: ${goal.title}` }))

  return (
    <DialogForm
      form={form}
      submitLabel={record ? 'Save business goal' : 'Add business goal'}
      onCancel={onClose}
    >
      <div className="form-grid">
        <TextField
          {...form.field('title')}
          label="Business goal"
          isWide
          value={draft.title}
          autoFocus
          maxLength={300}
          onChange={(value) => set('title', value)}
        />
        <TextAreaField
          {...form.field('description')}
          label="Description"
          isWide
          rows={2}
          maxLength={4000}
          value={draft.description}
          onChange={(value) => set('description', value)}
        />
        <TextField
          {...form.field('horizon')}
          label="Horizon"
          value={draft.horizon}
          maxLength={40}
          placeholder="2027"
          onChange={(value) => set('horizon', value)}
        />
        <SelectField
          {...form.field('goalId')}
          label="Linked company goal"
          value={draft.goalId}
          placeholder="None"
          options={goalOptions}
          onChange={(value) => set('goalId', value)}
        />
      </div>
      <FormRows
        id="business-goal-add-need"
        className="goal-krs"
        legend="Skills it needs"
        rows={draft.needs}
        emptyNote="Name each skill, the level it takes and how many people need it."
        rowClassName="business-need-row"
        rowLabel={(index) => `Skill need ${index + 1}`}
        addLabel="Add a skill"
        onAdd={() =>
          changeNeeds([
            ...draft.needs,
            { id: crypto.randomUUID(), skillId: '', level: defaultLevel, headcount: '1' },
          ])
        }
        onRemove={(index) => changeNeeds(draft.needs.filter((_, i) => i !== index))}
      >
        {(need, index) => (
          <>
            <SelectField
              {...form.field(`need-${index}-skillId`)}
              label="Skill"
              value={need.skillId}
              placeholder="Choose a skill"
              options={skills.map((skill) => ({ value: skill.id, label: skill.name }))}
              onChange={(value) => setNeed(index, 'skillId', value)}
            />
            <LevelField
              {...form.field(`need-${index}-level`)}
              label="Required level"
              scale={levels}
              value={need.level}
              onChange={(value) => setNeed(index, 'level', value)}
            />
            <NumberField
              {...form.field(`need-${index}-headcount`)}
              label="People"
              min={1}
              step={1}
              inputMode="numeric"
              value={need.headcount}
              onChange={(value) => setNeed(index, 'headcount', value)}
            />
          </>
        )}
      </FormRows>
    </DialogForm>
  )
}
