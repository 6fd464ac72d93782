import { useState } from 'react'
import type { AssessmentSource, PlanItem } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { recordFollowUpAssessments } from '../../db/repositories/plans'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import type { PersonPlanData } from './load-person-plan'
import { describeError, todayIso } from '../../ui/format'

/** What was completed: a plan item, or an enrolment seen from the Training screen. */
export type AssessTarget = Pick<PlanItem, 'title' | 'enrolmentId' | 'skillIds'>

/** After an enrolment is completed: record where the person now stands in its skills. */
export function AssessAfterDialog(props: {
  data: PersonPlanData
  item: AssessTarget | null
  onClose: () => void
}) {
  return (
    <Modal
      title={props.item ? `Assess after “${props.item.title}”` : 'Assess after training'}
      isOpen={props.item !== null}
      onClose={props.onClose}
    >
      {props.item ? <AssessAfterForm {...props} item={props.item} /> : null}
    </Modal>
  )
}

function AssessAfterForm(props: { data: PersonPlanData; item: AssessTarget; onClose: () => void }) {
  const { data, item, onClose } = props
  const { db } = useCurrentWorkspace()
  const initiativeId = item.enrolmentId ? data.enrolments.get(item.enrolmentId)?.initiativeId : null
  const initiative = data.initiatives.find((i) => i.id === initiativeId)
  const targets =
    initiative?.skillTargets ?? item.skillIds.map((skillId) => ({ skillId, targetLevel: 0 }))
  const [levels, setLevels] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      targets.map((t) => [t.skillId, String(data.currentLevels.get(t.skillId) ?? '')]),
    ),
  )
  const [source, setSource] = useState<AssessmentSource>('manager')
  const [date, setDate] = useState(todayIso)
  const [problem, setProblem] = useState('')

  const submit = async (): Promise<void> => {
    const chosen = targets.filter((t) => levels[t.skillId] !== '')
    if (chosen.length === 0) return setProblem('Choose a level for at least one skill, or skip.')
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setProblem('Choose the date of the assessment.')
    try {
      await recordFollowUpAssessments(db, {
        personId: data.person.id,
        date,
        source,
        assessorId: null,
        note: `After “${item.title}”`,
        levels: chosen.map((t) => ({ skillId: t.skillId, level: Number(levels[t.skillId]) })),
      })
      notify(
        'success',
        `Recorded ${chosen.length} assessment${chosen.length === 1 ? '' : 's'} after the training.`,
      )
      onClose()
    } catch (error) {
      setProblem(describeError(error))
    }
  }

  if (targets.length === 0) {
    return (
      <>
        <p>This item names no skills, so there is nothing to assess.</p>
        <div className="modal-footer">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      </>
    )
  }
  return (
    <div>
      <p>
        The training is complete. Record where {data.person.displayName} stands now, so the level
        before and after are both on record.
      </p>
      <div className="form-grid">
        {targets.map((target) => {
          const skill = data.skills.get(target.skillId)
          const current = data.currentLevels.get(target.skillId)
          return (
            <div className="field" key={target.skillId}>
              <label htmlFor={`after-${target.skillId}`}>{skill?.name ?? 'Skill'}</label>
              <select
                id={`after-${target.skillId}`}
                value={levels[target.skillId] ?? ''}
                aria-describedby={`after-${target.skillId}-hint`}
                onChange={(event) =>
                  setLevels((all) => ({ ...all, [target.skillId]: event.target.value }))
                }
              >
                <option value="">Not now</option>
                {data.scale.map((level) => (
                  <option key={level.level} value={level.level}>
                    {level.level} · {level.label}
                  </option>
                ))}
              </select>
              <span id={`after-${target.skillId}-hint`} className="training-hint">
                Before: {current ?? 'not assessed'}
                {target.targetLevel > 0 ? ` · the training aims at ${target.targetLevel}` : ''}
              </span>
            </div>
          )
        })}
        <div className="field">
          <label htmlFor="after-source">Assessed by</label>
          <select
            id="after-source"
            value={source}
            onChange={(event) => setSource(event.target.value as AssessmentSource)}
          >
            <option value="manager">Manager</option>
            <option value="self">Self</option>
            <option value="peer">Peer</option>
            <option value="test">Test</option>
            <option value="certificate">Certificate</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="after-date">Date</label>
          <input
            id="after-date"
            type="date"
            value={date}
            onChange={(event) => setDate(event.target.value)}
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
          Skip for now
        </button>
        <button type="button" className="button button-primary" onClick={() => void submit()}>
          Record assessment
        </button>
      </div>
    </div>
  )
}
