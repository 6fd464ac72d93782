import { useState } from 'react'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { createReviewCycle } from '../../db/repositories/reviews'
import { Modal } from '../../ui/Modal'
import { SelectField, toOptions } from '../../ui/SelectField'
import { notify } from '../../ui/toast-store'
import type { ReviewData } from './use-review-data'

/** A new cycle: a name, a period and the people in it (a team or everyone active). */
export function CycleDialog(props: {
  isOpen: boolean
  data: ReviewData
  onClose: () => void
  onCreated: (cycleId: string) => void
}) {
  const { db } = useCurrentWorkspace()
  const { data } = props
  const [name, setName] = useState('')
  const [start, setStart] = useState('')
  const [end, setEnd] = useState('')
  const [teamId, setTeamId] = useState('')
  const [rater, setRater] = useState('')
  const [error, setError] = useState<string | null>(null)
  const people = data.people.filter(
    (p) => p.status === 'active' && (teamId === '' || p.teamId === teamId),
  )

  const submit = async () => {
    if (name.trim() === '') return setError('Give the cycle a name.')
    if (!start || !end) return setError('Choose the first and last day of the period.')
    if (end < start) return setError('The period ends before it starts.')
    if (people.length === 0) return setError('There is nobody to review in this selection.')
    try {
      const cycle = await createReviewCycle(db, {
        name: name.trim(),
        periodStart: start,
        periodEnd: end,
        personIds: people.map((p) => p.id),
        raterName: rater.trim(),
        today: toLocalIsoDate(new Date()),
      })
      notify('success', `Created ${cycle.name} with ${people.length} draft reviews.`)
      setError(null)
      setName('')
      props.onCreated(cycle.id)
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    }
  }

  return (
    <Modal
      title="New review cycle"
      isOpen={props.isOpen}
      onClose={props.onClose}
      footer={
        <>
          <button type="button" className="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="button" className="button button-primary" onClick={() => void submit()}>
            Create cycle
          </button>
        </>
      }
    >
      <div className="form-grid">
        <div className="field">
          <label htmlFor="cycle-name">Name</label>
          <input id="cycle-name" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="cycle-start">Period starts</label>
          <input
            id="cycle-start"
            type="date"
            value={start}
            onChange={(e) => setStart(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="cycle-end">Period ends</label>
          <input id="cycle-end" type="date" value={end} onChange={(e) => setEnd(e.target.value)} />
        </div>
        <SelectField
          id="cycle-team"
          label="People"
          value={teamId}
          options={toOptions(data.teams, { value: '', label: 'Everyone active' })}
          onChange={setTeamId}
        />
        <div className="field">
          <label htmlFor="cycle-rater">Rater (can be changed per review)</label>
          <input id="cycle-rater" value={rater} onChange={(e) => setRater(e.target.value)} />
        </div>
      </div>
      <p className="muted">{people.length} people will get a draft review.</p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </Modal>
  )
}
