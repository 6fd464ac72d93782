import { assessmentSourceLabels } from '../../../../shared/domain/training/labels'
import {
  findAssessAfterProblem,
  readAssessAfterLevels,
  type AssessAfterDraft,
  type AssessAfterField,
} from '../../../../shared/domain/training/plan-forms'
import { AssessmentSource, type PlanItem } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { recordFollowUpAssessments } from '../../db/repositories/plans'
import { todayIso } from '../../ui/format'
import { toLabelledOptions } from '../../../../shared/domain/options/labelled'
import {
  bindText,
  DateField,
  DialogForm,
  FormDialog,
  LevelField,
  SelectField,
  useForm,
} from '../../ui/form'
import { notify } from '../../ui/toast-store'
import type { PersonPlanData } from './load-person-plan'

/** What was completed: a plan item, or an enrolment seen from the Training screen. */
export type AssessTarget = Pick<PlanItem, 'title' | 'enrolmentId' | 'skillIds'>

type SkillTarget = { skillId: string; targetLevel: number }

const sourceOptions = toLabelledOptions(AssessmentSource.options, assessmentSourceLabels)

/** The skills to assess: the initiative's targets, or the item's own skills (no target). */
function listTargets(data: PersonPlanData, item: AssessTarget): SkillTarget[] {
  const initiativeId = item.enrolmentId ? data.enrolments.get(item.enrolmentId)?.initiativeId : null
  const initiative = data.initiatives.find((i) => i.id === initiativeId)
  return initiative?.skillTargets ?? item.skillIds.map((skillId) => ({ skillId, targetLevel: 0 }))
}

/** After an enrolment is completed: record where the person now stands in its skills. */
export function AssessAfterDialog(props: {
  data: PersonPlanData
  item: AssessTarget | null
  onClose: () => void
}) {
  const { data, item, onClose } = props
  const targets = item ? listTargets(data, item) : []
  const isEmpty = item !== null && targets.length === 0
  return (
    <FormDialog
      title={item ? `Assess after “${item.title}”` : 'Assess after training'}
      isOpen={item !== null}
      onClose={onClose}
      notice={
        isEmpty ? <p>This item names no skills, so there is nothing to assess.</p> : undefined
      }
    >
      {item === null ? null : (
        <AssessAfterForm data={data} item={item} targets={targets} onClose={onClose} />
      )}
    </FormDialog>
  )
}

function AssessAfterForm(props: {
  data: PersonPlanData
  item: AssessTarget
  targets: SkillTarget[]
  onClose: () => void
}) {
  const { data, item, targets, onClose } = props
  const { db } = useCurrentWorkspace()
  const skillIds = targets.map((target) => target.skillId)
  const form = useForm<AssessAfterDraft, AssessAfterField>({
    idPrefix: 'after',
    initial: () => ({
      levels: Object.fromEntries(
        skillIds.map((id) => [id, String(data.currentLevels.get(id) ?? '')]),
      ),
      source: 'manager',
      date: todayIso(),
    }),
    check: (draft) => findAssessAfterProblem(draft, skillIds, todayIso()),
    save: async (draft) => {
      const levels = readAssessAfterLevels(draft, skillIds)
      await recordFollowUpAssessments(db, {
        personId: data.person.id,
        date: draft.date,
        source: draft.source,
        assessorId: null,
        note: `After “${item.title}”`,
        levels,
      })
      notify(
        'success',
        `Recorded ${levels.length} assessment${levels.length === 1 ? '' : 's'} after the training.`,
      )
      onClose()
    },
  })
  const { draft } = form
  const setLevel = (skillId: string, level: string): void => {
    form.update((current) => ({ ...current, levels: { ...current.levels, [skillId]: level } }))
    // "At least one level" sits on the first skill, and any level answers it.
    if (form.problem?.field.startsWith('level-')) form.setProblem(null)
  }

  return (
    <DialogForm
      form={form}
      submitLabel="Record assessment"
      busyLabel="Recording…"
      cancelLabel="Skip for now"
      onCancel={onClose}
    >
      <p>
        The training is complete. Record where {data.person.displayName} stands now, so the level
        before and after are both on record.
      </p>
      <div className="form-grid">
        {targets.map((target) => {
          const current = data.currentLevels.get(target.skillId)
          return (
            <LevelField
              key={target.skillId}
              {...form.field(`level-${target.skillId}`)}
              label={data.skills.get(target.skillId)?.name ?? 'Deleted skill'}
              scale={data.scale}
              emptyLabel="Not now"
              value={draft.levels[target.skillId] ?? ''}
              hint={`Before: ${current ?? 'not assessed'}${target.targetLevel > 0 ? ` · the training aims at ${target.targetLevel}` : ''}`}
              onChange={(level) => setLevel(target.skillId, level)}
            />
          )
        })}
        <SelectField {...bindText(form, 'source')} label="Assessed by" options={sourceOptions} />
        <DateField {...bindText(form, 'date')} label="Date" max={todayIso()} />
      </div>
    </DialogForm>
  )
}
