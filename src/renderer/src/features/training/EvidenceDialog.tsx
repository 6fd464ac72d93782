import { useLiveQuery } from 'dexie-react-hooks'
import { listEvidenceOptions } from '../../../../shared/domain/training/evidence'
import { findEvidenceProblem } from '../../../../shared/domain/training/plan-forms'
import type { PlanEvidence, PlanItem } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { savePlanItem } from '../../db/repositories/plans'
import { formatDate, todayIso } from '../../ui/format'
import { ChecklistField, DialogForm, useForm } from '../../ui/form'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'

/** One piece of evidence as a tick's value. */
function keyOf(evidence: PlanEvidence): string {
  return `${evidence.kind}:${evidence.id}:${evidence.sectionId ?? ''}`
}

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
      {/* Mounted only while open, so every opening starts from the stored item. */}
      {props.item ? <EvidenceForm {...props} item={props.item} /> : null}
    </Modal>
  )
}

function EvidenceForm(props: { item: PlanItem; isApplying: boolean; onClose: () => void }) {
  const { item, isApplying, onClose } = props
  const { db } = useCurrentWorkspace()
  const options = useLiveQuery(async () => {
    const [checkins, feedback, templates] = await Promise.all([
      db.checkins.where('personId').equals(item.personId).toArray(),
      db.feedback.where('personId').equals(item.personId).toArray(),
      db.checkinTemplates.toArray(),
    ])
    const prompts = new Map(templates.flatMap((t) => t.sections.map((s) => [s.id, s.prompt])))
    return listEvidenceOptions({ checkins, feedback, prompts })
  }, [db, item.personId])
  // What is linked already stays linkable, even if its check-in is no longer listed.
  const byKey = new Map(
    [...item.evidence, ...(options ?? []).map((option) => option.evidence)].map((evidence) => [
      keyOf(evidence),
      evidence,
    ]),
  )
  const toEvidence = (keys: readonly string[]): PlanEvidence[] =>
    keys.flatMap((key) => {
      const evidence = byKey.get(key)
      return evidence ? [evidence] : []
    })
  const form = useForm<{ keys: string[] }, 'evidence'>({
    idPrefix: 'evidence',
    initial: () => ({ keys: item.evidence.map(keyOf) }),
    check: (draft) => findEvidenceProblem({ evidence: toEvidence(draft.keys) }, item, isApplying),
    fieldOfError: (text) => (/evidence/.test(text) ? 'evidence' : 'form'),
    save: async (draft) => {
      await savePlanItem(
        db,
        {
          ...item,
          evidence: toEvidence(draft.keys),
          status: isApplying ? 'applied' : item.status,
        },
        todayIso(),
      )
      notify(
        'success',
        isApplying
          ? `Marked “${item.title}” as applied on the job.`
          : `Saved the evidence of “${item.title}”.`,
      )
      onClose()
    },
  })
  const chosen = form.draft.keys

  return (
    <DialogForm
      form={form}
      submitLabel={isApplying ? `Mark applied (${chosen.length} linked)` : 'Save evidence'}
      onCancel={onClose}
    >
      <p>
        Choose what shows “{item.title}” being used in daily work: an answer from a check-in or a
        feedback entry.
      </p>
      <ChecklistField
        {...form.field('evidence')}
        legend="Check-in answers and feedback"
        className="training-checklist"
        listClassName="evidence-list"
        options={(options ?? []).map((option) => ({
          value: keyOf(option.evidence),
          label: `${formatDate(option.date)} · ${option.label}`,
          hint: option.text.length > 240 ? `${option.text.slice(0, 240)}…` : option.text,
        }))}
        chosen={chosen}
        onChange={(keys) => {
          form.set('keys', keys)
          form.setProblem(null)
        }}
        emptyNote={
          options === undefined
            ? 'Loading…'
            : 'No check-in answers or feedback recorded for this person yet. Record a check-in or a feedback entry first, then come back to link it.'
        }
      />
    </DialogForm>
  )
}
