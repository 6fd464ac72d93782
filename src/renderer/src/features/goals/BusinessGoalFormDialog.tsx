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
  bindRows,
  bindText,
  DescriptionField,
  DialogForm,
  FormDialog,
  FormRows,
  LevelField,
  NumberField,
  SelectField,
  TextField,
  useForm,
} from '../../ui/form'
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
    <FormDialog
      title={record ? `Edit “${record.title}”` : 'Add a business goal'}
      isOpen={record !== undefined}
      onClose={onClose}
      isWide
    >
      {record !== undefined ? <BusinessGoalForm {...props} record={record} /> : null}
    </FormDialog>
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
  const needs = bindRows(form, 'needs', 'need')
  const goalOptions = data.goals
    .filter((goal) => goal.level === 'company' || goal.id === form.draft.goalId)
    .sort((a, b) => b.period.localeCompare(a.period) || a.title.localeCompare(b.title))
    .map((goal) => ({ value: goal.id, label: `${goal.period}: ${goal.title}` }))
  const skillOptions = skills.map((skill) => ({ value: skill.id, label: skill.name }))

  return (
    <DialogForm
      form={form}
      submitLabel={record ? 'Save business goal' : 'Add business goal'}
      onCancel={onClose}
    >
      <div className="form-grid">
        <TextField
          {...bindText(form, 'title')}
          label="Business goal"
          isWide
          autoFocus
          maxLength={300}
        />
        <DescriptionField {...bindText(form, 'description')} />
        <TextField
          {...bindText(form, 'horizon')}
          label="Horizon"
          maxLength={40}
          placeholder="2027"
        />
        <SelectField
          {...bindText(form, 'goalId')}
          label="Linked company goal"
          placeholder="None"
          options={goalOptions}
        />
      </div>
      <FormRows
        id="business-goal-add-need"
        className="goal-krs"
        legend="Skills it needs"
        rows={needs.rows}
        emptyNote="Name each skill, the level it takes and how many people need it."
        rowClassName="business-need-row"
        rowLabel={(index) => `Skill need ${index + 1}`}
        addLabel="Add a skill"
        onAdd={() =>
          needs.add({ id: crypto.randomUUID(), skillId: '', level: defaultLevel, headcount: '1' })
        }
        onRemove={needs.remove}
      >
        {(_need, index) => (
          <>
            <SelectField
              {...needs.field(index, 'skillId')}
              label="Skill"
              placeholder="Choose a skill"
              options={skillOptions}
            />
            <LevelField {...needs.field(index, 'level')} label="Required level" scale={levels} />
            <NumberField
              {...needs.field(index, 'headcount')}
              label="People"
              min={1}
              step={1}
              inputMode="numeric"
            />
          </>
        )}
      </FormRows>
    </DialogForm>
  )
}
