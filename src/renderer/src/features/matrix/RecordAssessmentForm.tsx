import { toLabelledOptions } from '../../../../shared/domain/options/labelled'
import { findAssessmentProblem } from '../../../../shared/domain/skills/record-drafts'
import { assessmentSourceLabels } from '../../../../shared/domain/training/labels'
import {
  AssessmentSource,
  type Assessment,
  type Person,
  type ScaleLevel,
} from '../../../../shared/model'
import { todayIso } from '../../ui/format'
import {
  DateField,
  DialogForm,
  LevelField,
  SelectField,
  TextField,
  toOptions,
  useForm,
} from '../../ui/form'
import { notify } from '../../ui/toast-store'
import type { CellTarget } from './CellDetailDialog'

const sourceOptions = toLabelledOptions(AssessmentSource.options, assessmentSourceLabels)

type Draft = {
  level: string
  source: AssessmentSource
  date: string
  assessorId: string
  note: string
}

/** A new assessment of the person in the skill; the dialog stays open to show it in the history. */
export function RecordAssessmentForm(props: {
  target: CellTarget
  currentLevel: number | null
  people: Person[]
  scale: ScaleLevel[]
  onClose: () => void
  onRecord: (input: Omit<Assessment, 'id'>) => Promise<void>
}) {
  const { target, people, scale, onClose, onRecord } = props
  const form = useForm<Draft, keyof Draft>({
    idPrefix: 'assess',
    initial: () => ({
      level: String(props.currentLevel ?? 0),
      source: 'manager',
      date: todayIso(),
      assessorId: '',
      note: '',
    }),
    check: (draft) => findAssessmentProblem(draft, todayIso()),
    save: async (draft) => {
      await onRecord({
        personId: target.personId,
        skillId: target.skillId,
        level: Number(draft.level),
        source: draft.source,
        date: draft.date,
        assessorId: draft.assessorId || null,
        note: draft.note,
      })
      form.set('note', '')
      notify(
        'success',
        `Recorded ${target.personName} at level ${draft.level} in ${target.skillName}.`,
      )
    },
  })
  const { draft, set } = form
  const assessors = people.filter((person) => person.status === 'active')

  return (
    <DialogForm
      form={form}
      className="record-form"
      submitLabel="Record assessment"
      busyLabel="Recording…"
      cancelLabel="Close"
      onCancel={onClose}
    >
      <h3>Record an assessment</h3>
      <div className="form-grid">
        <LevelField
          {...form.field('level')}
          label="Level"
          scale={scale}
          value={draft.level}
          hint={scale.find((step) => step.level === Number(draft.level))?.descriptor}
          onChange={(value) => set('level', value)}
        />
        <SelectField
          {...form.field('source')}
          label="Source"
          value={draft.source}
          options={sourceOptions}
          onChange={(value) => set('source', value as AssessmentSource)}
        />
        <DateField
          {...form.field('date')}
          label="Date"
          value={draft.date}
          max={todayIso()}
          onChange={(value) => set('date', value)}
        />
        <SelectField
          {...form.field('assessorId')}
          label="Assessed by"
          value={draft.assessorId}
          options={toOptions(
            assessors.map((person) => ({ id: person.id, name: person.displayName })),
            { value: '', label: 'Me (the manager using Trellis)' },
          )}
          onChange={(value) => set('assessorId', value)}
        />
        <TextField
          {...form.field('note')}
          label="Note"
          value={draft.note}
          placeholder="What you saw"
          onChange={(value) => set('note', value)}
        />
      </div>
    </DialogForm>
  )
}
