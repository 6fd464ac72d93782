import { useState } from 'react'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import {
  NineBoxMove,
  readPerformanceLevel,
  type NineBoxLevel,
  type RatingScale,
} from '../../../../shared/domain/reviews'
import type { Review } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { moveInNineBox } from '../../db/repositories/reviews'
import { Modal } from '../../ui/Modal'
import { DialogForm, SelectField, TextAreaField, problemFromZod, useForm } from '../../ui/form'
import { notify } from '../../ui/toast-store'
import type { ReviewData } from '../../db/repositories/review-data'

const levels: NineBoxLevel[] = ['low', 'medium', 'high']
const levelOptions = levels.map((l) => ({ value: l, label: l[0]!.toUpperCase() + l.slice(1) }))

/** Performance (columns) x potential (rows); a person moves with a note saying why. */
export function NineBox(props: { data: ReviewData; reviews: Review[]; scale: RatingScale }) {
  const [moving, setMoving] = useState<Review | null>(null)
  const name = (review: Review) =>
    props.data.people.find((p) => p.id === review.personId)?.displayName ?? 'Removed person'
  const placed = props.reviews.map((review) => ({
    review,
    performance: readPerformanceLevel(review, props.scale),
    potential: review.potential,
  }))
  const unplaced = placed.filter((p) => p.performance === null || p.potential === null)

  return (
    <section className="card" aria-labelledby="ninebox-title">
      <h2 id="ninebox-title">9-box: performance and potential</h2>
      <p className="muted">
        Performance comes from the overall rating unless calibration moved the person. Choose a
        person to move them with a note.
      </p>
      <div className="nine-box" role="table" aria-label="9-box grid">
        {[...levels].reverse().map((pot) => (
          <div role="row" key={pot} style={{ display: 'contents' }}>
            <div role="rowheader" className="nine-box-axis">
              Potential {pot}
            </div>
            {levels.map((perf) => {
              const here = placed.filter((p) => p.potential === pot && p.performance === perf)
              return (
                <div
                  role="cell"
                  key={perf}
                  className="nine-box-cell"
                  aria-label={`Performance ${perf}, potential ${pot}`}
                >
                  <span className="muted">
                    Performance {perf} ({here.length})
                  </span>
                  <ul>
                    {here.map(({ review }) => (
                      <li key={review.id}>
                        <button type="button" className="tag" onClick={() => setMoving(review)}>
                          {name(review)}
                          {review.calibrationNote ? ' *' : ''}
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              )
            })}
          </div>
        ))}
      </div>
      {unplaced.length > 0 ? (
        <p>
          Not placed yet (no overall rating or potential):{' '}
          {unplaced.map(({ review }) => (
            <button key={review.id} type="button" className="tag" onClick={() => setMoving(review)}>
              {name(review)}
            </button>
          ))}
        </p>
      ) : null}
      <p className="muted">* moved in calibration, with a note.</p>
      <Modal
        title={moving ? `Move ${name(moving)}` : 'Move'}
        isOpen={moving !== null}
        onClose={() => setMoving(null)}
      >
        {moving ? (
          <MoveForm
            review={moving}
            name={name(moving)}
            scale={props.scale}
            onClose={() => setMoving(null)}
          />
        ) : null}
      </Modal>
    </section>
  )
}

type MoveDraft = NineBoxMove

/** Where the person goes in the 9-box, and the note saying why (kept with the review). */
function MoveForm(props: {
  review: Review
  name: string
  scale: RatingScale
  onClose: () => void
}) {
  const { review, name, scale, onClose } = props
  const { db } = useCurrentWorkspace()
  const form = useForm<MoveDraft, keyof MoveDraft>({
    idPrefix: 'move',
    initial: () => ({
      performance: readPerformanceLevel(review, scale) ?? 'medium',
      potential: review.potential ?? 'medium',
      note: review.calibrationNote ?? '',
    }),
    check: (draft) => {
      const result = NineBoxMove.safeParse(draft)
      return result.success ? null : problemFromZod<keyof MoveDraft>(result.error)
    },
    save: async (draft) => {
      await moveInNineBox(db, { ...draft, reviewId: review.id, today: toLocalIsoDate(new Date()) })
      notify(
        'success',
        `Moved ${name} to ${draft.performance} performance, ${draft.potential} potential.`,
      )
      onClose()
    },
  })
  const { draft, set } = form
  return (
    <DialogForm form={form} submitLabel="Move" onCancel={onClose}>
      <div className="form-grid">
        <SelectField
          {...form.field('performance')}
          label="Performance"
          value={draft.performance}
          options={levelOptions}
          onChange={(value) => set('performance', value as NineBoxLevel)}
        />
        <SelectField
          {...form.field('potential')}
          label="Potential"
          value={draft.potential}
          options={levelOptions}
          onChange={(value) => set('potential', value as NineBoxLevel)}
        />
      </div>
      <TextAreaField
        {...form.field('note')}
        label="Why (kept with the review)"
        value={draft.note}
        maxLength={4000}
        onChange={(value) => set('note', value)}
      />
    </DialogForm>
  )
}
