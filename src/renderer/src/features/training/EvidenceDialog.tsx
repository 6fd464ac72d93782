import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { isSameEvidence, listEvidenceOptions } from '../../../../shared/domain/training/evidence'
import type { PlanEvidence, PlanItem } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { savePlanItem } from '../../db/repositories/plans'
import { Modal } from '../../ui/Modal'
import { formatDate, describeError, todayIso } from '../../ui/format'
import { notify } from '../../ui/toast-store'

/** Links check-in answers or feedback as evidence; with `isApplying`, then marks the item applied. */
export function EvidenceDialog(props: {
  item: PlanItem | null
  isApplying: boolean
  onClose: () => void
}) {
  return (
    <Modal
      title={props.isApplying ? 'Applied on the job: link the evidence' : 'Evidence'}
      isOpen={props.item !== null}
      onClose={props.onClose}
      isWide
    >
      {props.item ? <EvidenceForm {...props} item={props.item} /> : null}
    </Modal>
  )
}

function EvidenceForm(props: { item: PlanItem; isApplying: boolean; onClose: () => void }) {
  const { item, isApplying, onClose } = props
  const { db } = useCurrentWorkspace()
  const [chosen, setChosen] = useState<PlanEvidence[]>(item.evidence)
  const [problem, setProblem] = useState('')
  const options = useLiveQuery(async () => {
    const [checkins, feedback, templates] = await Promise.all([
      db.checkins.where('personId').equals(item.personId).toArray(),
      db.feedback.where('personId').equals(item.personId).toArray(),
      db.checkinTemplates.toArray(),
    ])
    const prompts = new Map(templates.flatMap((t) => t.sections.map((s) => [s.id, s.prompt])))
    return listEvidenceOptions({ checkins, feedback, prompts })
  }, [db, item.personId])
  const isChosen = (evidence: PlanEvidence) => chosen.some((c) => isSameEvidence(c, evidence))

  const submit = async (): Promise<void> => {
    if (chosen.length === 0 && (isApplying || item.status === 'applied')) {
      return setProblem(
        '“Applied on the job” needs evidence: choose at least one check-in answer or feedback entry.',
      )
    }
    try {
      await savePlanItem(
        db,
        { ...item, evidence: chosen, status: isApplying ? 'applied' : item.status },
        todayIso(),
      )
      notify(
        'success',
        isApplying
          ? `Marked “${item.title}” as applied on the job.`
          : `Saved the evidence of “${item.title}”.`,
      )
      onClose()
    } catch (error) {
      setProblem(describeError(error))
    }
  }

  return (
    <div>
      <p>
        Choose what shows “{item.title}” being used in daily work: an answer from a check-in or a
        feedback entry.
      </p>
      {options === undefined ? (
        <p className="muted">Loading…</p>
      ) : options.length === 0 ? (
        <p className="muted">
          No check-in answers or feedback recorded for this person yet. Record a check-in or a
          feedback entry first, then come back to link it.
        </p>
      ) : (
        <ul className="evidence-list" aria-label="Check-in answers and feedback">
          {options.map((option) => (
            <li key={`${option.evidence.kind}-${option.evidence.id}-${option.evidence.sectionId}`}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={isChosen(option.evidence)}
                  onChange={(event) =>
                    setChosen((all) =>
                      event.target.checked
                        ? [...all, option.evidence]
                        : all.filter((c) => !isSameEvidence(c, option.evidence)),
                    )
                  }
                />
                {formatDate(option.date)} · {option.label}
              </label>
              <span className="evidence-text">
                {option.text.length > 240 ? `${option.text.slice(0, 240)}…` : option.text}
              </span>
            </li>
          ))}
        </ul>
      )}
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="modal-footer">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button button-primary" onClick={() => void submit()}>
          {isApplying ? `Mark applied (${chosen.length} linked)` : 'Save evidence'}
        </button>
      </div>
    </div>
  )
}
