import type { DevelopmentPlan } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { savePlan } from '../../db/repositories/plans'
import { ChecklistField, DialogForm, useForm } from '../../ui/form'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import type { PersonPlanData } from './load-person-plan'

type FocusDraft = Pick<DevelopmentPlan, 'focusSkillIds' | 'goalIds'>

/** Chooses a plan's focus skills (gaps and aspirations first) and its linked goals. */
export function FocusDialog(props: {
  data: PersonPlanData
  plan: DevelopmentPlan | null
  onClose: () => void
}) {
  return (
    <Modal
      title="Focus skills and goals"
      isOpen={props.plan !== null}
      onClose={props.onClose}
      isWide
    >
      {/* Mounted only while open, so every opening starts from the stored plan. */}
      {props.plan ? <FocusForm {...props} plan={props.plan} /> : null}
    </Modal>
  )
}

function FocusForm(props: { data: PersonPlanData; plan: DevelopmentPlan; onClose: () => void }) {
  const { data, plan, onClose } = props
  const { db } = useCurrentWorkspace()
  const form = useForm<FocusDraft, keyof FocusDraft>({
    idPrefix: 'focus',
    initial: { focusSkillIds: [...plan.focusSkillIds], goalIds: [...plan.goalIds] },
    save: async (draft) => {
      await savePlan(db, { ...plan, ...draft })
      notify('success', 'Saved the focus skills and goals.')
      onClose()
    },
  })
  const { draft, set } = form
  const wishIds = data.aspirations.filter((a) => a.interest >= 2).map((a) => a.skillId)
  const skillIds = [
    ...new Set([...plan.focusSkillIds, ...data.gaps.map((g) => g.skillId), ...wishIds]),
  ].filter((id) => data.skills.has(id))

  return (
    <DialogForm form={form} submitLabel="Save" onCancel={onClose}>
      <div className="form-grid">
        <ChecklistField
          {...form.field('focusSkillIds')}
          legend="Focus skills"
          className="training-checklist"
          options={skillIds.map((id) => {
            const gap = data.gaps.find((g) => g.skillId === id)
            const notes = [
              gap ? `gap ${gap.gap}` : '',
              wishIds.includes(id) ? 'wants to learn' : '',
            ]
            return {
              value: id,
              label: (
                <span>
                  {data.skills.get(id)?.name}
                  <span className="muted">
                    {notes
                      .filter(Boolean)
                      .map((note) => ` · ${note}`)
                      .join('')}
                  </span>
                </span>
              ),
            }
          })}
          chosen={draft.focusSkillIds}
          onChange={(chosen) => set('focusSkillIds', chosen)}
          emptyNote="No gaps or aspirations recorded."
        />
        <ChecklistField
          {...form.field('goalIds')}
          legend="Linked goals"
          className="training-checklist"
          options={data.goals.map((goal) => ({
            value: goal.id,
            label: (
              <span>
                {goal.title} <span className="muted">({goal.period})</span>
              </span>
            ),
          }))}
          chosen={draft.goalIds}
          onChange={(chosen) => set('goalIds', chosen)}
          emptyNote={`No goals owned by ${data.person.displayName}.`}
        />
      </div>
    </DialogForm>
  )
}
