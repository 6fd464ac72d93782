import {
  describeRemoval,
  judgeRemoval,
  type RemovalVerdict,
} from '../../../../shared/domain/reviews'
import type { ReviewCycle } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { DialogForm, useForm } from '../../ui/form'
import { Modal } from '../../ui/Modal'
import { removeFromCycle } from './review-actions'
import type { ReviewData } from '../../db/repositories/review-data'

export interface Removal {
  person: { id: string; name: string }
  /** Judged when Remove was pressed, so the dialog does not change under the user. */
  verdict: RemovalVerdict
}

export function judgeRemovalFor(
  data: ReviewData,
  cycle: ReviewCycle,
  person: Removal['person'],
): Removal {
  return { person, verdict: judgeRemoval(cycle, data.reviews, person) }
}

/**
 * Taking someone out of a cycle: the confirmation says their draft review goes with them and that
 * the toast after it can undo that; when their review is past draft, the dialog says why they stay
 * instead.
 */
export function RemovePersonDialog(props: {
  cycle: ReviewCycle
  removal: Removal | null
  onClose: () => void
}) {
  const { cycle, removal, onClose } = props
  const name = removal?.person.name ?? ''
  const verdict = removal?.verdict
  const title = !verdict
    ? 'Remove from the cycle'
    : verdict.isAllowed
      ? `Remove ${name} from ${cycle.name}?`
      : `${name} stays in ${cycle.name}`
  return (
    <Modal
      title={title}
      isOpen={removal !== null}
      onClose={onClose}
      footer={
        verdict && !verdict.isAllowed ? (
          <button type="button" className="button button-primary" onClick={onClose}>
            Close
          </button>
        ) : undefined
      }
    >
      {removal && verdict ? (
        verdict.isAllowed ? (
          <RemoveForm
            cycle={cycle}
            person={removal.person}
            hasReview={verdict.review !== null}
            text={describeRemoval(name, verdict)}
            onClose={onClose}
          />
        ) : (
          <p>{verdict.reason}</p>
        )
      ) : null}
    </Modal>
  )
}

function RemoveForm(props: {
  cycle: ReviewCycle
  person: { id: string; name: string }
  hasReview: boolean
  text: string
  onClose: () => void
}) {
  const { cycle, person, hasReview, onClose } = props
  const { db } = useCurrentWorkspace()
  const form = useForm<Record<string, never>, never>({
    idPrefix: 'cycle-remove',
    initial: {},
    save: async () => {
      await removeFromCycle(db, cycle, person, hasReview)
      onClose()
    },
  })
  return (
    <DialogForm
      form={form}
      submitLabel="Remove from cycle"
      busyLabel="Removing…"
      onCancel={onClose}
    >
      <p>{props.text}</p>
      <p className="muted">You can undo this from the message that follows.</p>
    </DialogForm>
  )
}
