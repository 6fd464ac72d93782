import { useEffect, useMemo, useRef, useState } from 'react'
import { buildCheckContext, checkReview } from '../../../../shared/domain/reviews'
import type { ReviewCycle } from '../../../../shared/model'
import { useUiStore } from '../../app/ui-store'
import { DataTable, RowActions } from '../../ui/DataTable'
import { AddPeopleDialog } from './AddPeopleDialog'
import { RemovePersonDialog, judgeRemovalFor, type Removal } from './RemovePersonDialog'
import { ReviewEditor } from './ReviewEditor'
import type { ReviewData } from '../../db/repositories/review-data'

const stateLabels = { draft: 'Draft', ready: 'Ready', shared: 'Shared', final: 'Final' } as const

export function CycleReviews(props: {
  data: ReviewData
  cycle: ReviewCycle
  /** A review to open at once (a link from the dashboard). */
  initialOpenId?: string
}) {
  const { data, cycle } = props
  const [openId, setOpenId] = useState<string | null>(props.initialOpenId ?? null)
  const [isAdding, setIsAdding] = useState(false)
  const [removal, setRemoval] = useState<Removal | null>(null)
  const addButton = useRef<HTMLButtonElement>(null)
  // When the row whose Remove opened the dialog is gone, focus lands on Add people… instead of
  // falling back to the top of the page. The row leaves only once the removal is saved and the
  // data reloads, so the check waits for the row to go (a cancel keeps the row, and the dialog
  // gives focus back to its Remove).
  const leaving = useRef<string | null>(null)
  const closeRemoval = () => {
    // The dialog's own close event calls this a second time, with no removal any more.
    if (removal) leaving.current = removal.person.id
    setRemoval(null)
  }
  const context = useMemo(() => buildCheckContext(data, cycle), [data, cycle])
  const rows = useMemo(
    () =>
      context.cycleReviews
        .map((review) => ({
          review,
          person: data.people.find((p) => p.id === review.personId),
          flags: checkReview(review, context),
        }))
        .sort((a, b) => (a.person?.displayName ?? '').localeCompare(b.person?.displayName ?? '')),
    [context, data.people],
  )
  const open = rows.find((row) => row.review.id === openId)
  useEffect(() => {
    const id = leaving.current
    if (id === null || removal || rows.some((row) => row.review.personId === id)) return
    leaving.current = null
    // The closing dialog hands focus back in the same frame, to a Remove that may be gone.
    requestAnimationFrame(() => {
      const active = document.activeElement
      if (!active || active === document.body) addButton.current?.focus()
    })
  }, [rows, removal])

  return (
    <section aria-label="Reviews in the cycle">
      <div className="toolbar">
        <p className="muted">
          {cycle.personIds.length} people · period {cycle.periodStart} to {cycle.periodEnd} ·{' '}
          {rows.filter((row) => row.review.state === 'final').length} final
        </p>
        <span className="toolbar-spacer" />
        <button ref={addButton} type="button" className="button" onClick={() => setIsAdding(true)}>
          Add people…
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            useUiStore.getState().openRequestDialog({ kind: 'self-review', cycleId: cycle.id })
          }
        >
          Request input…<span className="visually-hidden"> for {cycle.name}</span>
        </button>
      </div>
      <DataTable columns={['Person', 'Rater', 'State', 'Overall', 'Bias flags']} hasActions>
        {rows.map(({ review, person, flags }) => (
          <tr key={review.id}>
            <td>{person?.displayName ?? 'Someone who was removed'}</td>
            <td>{review.raterName || <span className="muted">Not set</span>}</td>
            <td>
              <span className="badge">{stateLabels[review.state]}</span>
            </td>
            <td>{review.overallRating ?? <span className="muted">Not rated</span>}</td>
            <td>{flags.length === 0 ? 'None' : `${flags.length} to check`}</td>
            <RowActions>
              <button
                type="button"
                className="button"
                onClick={() => setOpenId(review.id)}
                aria-label={`Open the review of ${person?.displayName ?? 'this person'}`}
              >
                Open
              </button>
              <button
                type="button"
                className="button button-danger"
                onClick={() =>
                  setRemoval(
                    judgeRemovalFor(data, cycle, {
                      id: review.personId,
                      name: person?.displayName ?? 'This person',
                    }),
                  )
                }
                aria-label={`Remove ${person?.displayName ?? 'this person'} from the cycle`}
              >
                Remove
              </button>
            </RowActions>
          </tr>
        ))}
      </DataTable>
      {open ? (
        <ReviewEditor
          key={open.review.id}
          data={data}
          cycle={cycle}
          review={open.review}
          context={context}
          onClose={() => setOpenId(null)}
        />
      ) : null}
      <AddPeopleDialog
        isOpen={isAdding}
        data={data}
        cycle={cycle}
        onClose={() => setIsAdding(false)}
      />
      <RemovePersonDialog cycle={cycle} removal={removal} onClose={closeRemoval} />
    </section>
  )
}
