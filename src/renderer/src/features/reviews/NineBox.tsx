import { useState } from 'react'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import {
  readPerformanceLevel,
  type NineBoxLevel,
  type RatingScale,
} from '../../../../shared/domain/reviews'
import type { Review } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { moveInNineBox } from '../../db/repositories/reviews'
import { Modal } from '../../ui/Modal'
import { SelectField } from '../../ui/SelectField'
import { notify } from '../../ui/toast-store'
import type { ReviewData } from './use-review-data'

const levels: NineBoxLevel[] = ['low', 'medium', 'high']
const levelOptions = levels.map((l) => ({ value: l, label: l[0]!.toUpperCase() + l.slice(1) }))

/** Performance (columns) x potential (rows); a person moves with a note saying why. */
export function NineBox(props: { data: ReviewData; reviews: Review[]; scale: RatingScale }) {
  const { db } = useCurrentWorkspace()
  const [moving, setMoving] = useState<Review | null>(null)
  const [performance, setPerformance] = useState<NineBoxLevel>('medium')
  const [potential, setPotential] = useState<NineBoxLevel>('medium')
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  const name = (review: Review) =>
    props.data.people.find((p) => p.id === review.personId)?.displayName ?? 'Removed person'
  const placed = props.reviews.map((review) => ({
    review,
    performance: readPerformanceLevel(review, props.scale),
    potential: review.potential,
  }))
  const unplaced = placed.filter((p) => p.performance === null || p.potential === null)

  const startMove = (review: Review) => {
    setMoving(review)
    setPerformance(readPerformanceLevel(review, props.scale) ?? 'medium')
    setPotential(review.potential ?? 'medium')
    setNote(review.calibrationNote ?? '')
    setError(null)
  }
  const save = async () => {
    if (!moving) return
    if (note.trim() === '') return setError('Write a note saying why the person moves.')
    await moveInNineBox(db, {
      reviewId: moving.id,
      performance,
      potential,
      note,
      today: toLocalIsoDate(new Date()),
    })
    notify(
      'success',
      `Moved ${name(moving)} to ${performance} performance, ${potential} potential.`,
    )
    setMoving(null)
  }

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
                        <button type="button" className="tag" onClick={() => startMove(review)}>
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
            <button key={review.id} type="button" className="tag" onClick={() => startMove(review)}>
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
        footer={
          <>
            <button type="button" className="button" onClick={() => setMoving(null)}>
              Cancel
            </button>
            <button type="button" className="button button-primary" onClick={() => void save()}>
              Move
            </button>
          </>
        }
      >
        <div className="form-grid">
          <SelectField
            id="move-performance"
            label="Performance"
            value={performance}
            options={levelOptions}
            onChange={(v) => setPerformance(v as NineBoxLevel)}
          />
          <SelectField
            id="move-potential"
            label="Potential"
            value={potential}
            options={levelOptions}
            onChange={(v) => setPotential(v as NineBoxLevel)}
          />
        </div>
        <div className="field">
          <label htmlFor="move-note">Why (kept with the review)</label>
          <textarea
            id="move-note"
            rows={3}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </Modal>
    </section>
  )
}
