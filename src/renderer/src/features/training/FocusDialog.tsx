import { useState } from 'react'
import type { DevelopmentPlan } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { savePlan } from '../../db/repositories/plans'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import type { PersonPlanData } from './load-person-plan'
import { describeError } from '../../ui/format'

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
      {props.plan ? <FocusForm {...props} plan={props.plan} /> : null}
    </Modal>
  )
}

function FocusForm(props: { data: PersonPlanData; plan: DevelopmentPlan; onClose: () => void }) {
  const { data, plan, onClose } = props
  const { db } = useCurrentWorkspace()
  const [focus, setFocus] = useState(plan.focusSkillIds)
  const [goals, setGoals] = useState(plan.goalIds)
  const [problem, setProblem] = useState('')
  const gapIds = data.gaps.map((g) => g.skillId)
  const wishIds = data.aspirations.filter((a) => a.interest >= 2).map((a) => a.skillId)
  const choices = [...new Set([...plan.focusSkillIds, ...gapIds, ...wishIds])].filter((id) =>
    data.skills.has(id),
  )
  const toggle = (list: string[], id: string, isOn: boolean) =>
    isOn ? [...new Set([...list, id])] : list.filter((x) => x !== id)

  const submit = async (): Promise<void> => {
    try {
      await savePlan(db, { ...plan, focusSkillIds: focus, goalIds: goals })
      notify('success', 'Saved the focus skills and goals.')
      onClose()
    } catch (error) {
      setProblem(describeError(error))
    }
  }

  return (
    <div className="form-grid">
      <fieldset className="field">
        <legend>Focus skills</legend>
        {choices.length === 0 ? (
          <p className="muted">No gaps or aspirations recorded.</p>
        ) : (
          choices.map((id) => {
            const gap = data.gaps.find((g) => g.skillId === id)
            return (
              <label className="checkbox" key={id}>
                <input
                  type="checkbox"
                  checked={focus.includes(id)}
                  onChange={(event) => setFocus(toggle(focus, id, event.target.checked))}
                />
                {data.skills.get(id)?.name}
                <span className="muted">
                  {gap ? ` · gap ${gap.gap}` : ''}
                  {wishIds.includes(id) ? ' · wants to learn' : ''}
                </span>
              </label>
            )
          })
        )}
      </fieldset>
      <fieldset className="field">
        <legend>Linked goals</legend>
        {data.goals.length === 0 ? (
          <p className="muted">No goals owned by {data.person.displayName}.</p>
        ) : (
          data.goals.map((goal) => (
            <label className="checkbox" key={goal.id}>
              <input
                type="checkbox"
                checked={goals.includes(goal.id)}
                onChange={(event) => setGoals(toggle(goals, goal.id, event.target.checked))}
              />
              {goal.title} <span className="muted">({goal.period})</span>
            </label>
          ))
        )}
      </fieldset>
      {problem ? (
        <p className="field-error field-wide" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="modal-footer field-wide">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button button-primary" onClick={() => void submit()}>
          Save
        </button>
      </div>
    </div>
  )
}
