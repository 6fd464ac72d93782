import { Trash2 } from 'lucide-react'
import { useState, type FormEvent } from 'react'
import type { EnrolmentEvaluation } from '../../../../shared/domain/evaluation'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import type { Evaluation, Person, TrainingInitiative } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import {
  deleteEvaluation,
  saveEvaluation,
  type EvaluationInput,
} from '../../db/repositories/evaluations'
import { desktop } from '../../platform'
import { formatDate } from '../../ui/format'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import { formatNumber, formatSigned } from './evaluation-format'
import { ReactionCsvImport } from './ReactionCsvImport'

type Kind = 'reaction' | 'learning' | 'behaviour'

const kindLabels: Record<Kind, string> = {
  reaction: 'Reaction survey',
  learning: 'Learning scores',
  behaviour: 'Behaviour observation',
}

const ratingLabels = [
  '',
  '1 – not at all',
  '2 – a little',
  '3 – somewhat',
  '4 – mostly',
  '5 – fully',
]

export function RecordEvaluationDialog(props: {
  initiative: TrainingInitiative | null
  rows: EnrolmentEvaluation[]
  people: Map<string, Person>
  evaluations: Evaluation[]
  onClose: () => void
}) {
  const { initiative, onClose } = props
  return (
    <Modal
      title={initiative ? `Record evaluation: ${initiative.title}` : 'Record evaluation'}
      isOpen={initiative !== null}
      onClose={onClose}
      isWide
    >
      {initiative ? <RecordForm {...props} initiative={initiative} /> : null}
    </Modal>
  )
}

interface Draft {
  relevance: string
  engagement: string
  wouldRecommend: boolean
  scoreBefore: string
  scoreAfter: string
  rating: string
  note: string
  date: string
}

function toDraft(existing: Evaluation | undefined, today: string): Draft {
  return {
    relevance: existing?.kind === 'reaction' ? String(existing.relevance) : '',
    engagement: existing?.kind === 'reaction' ? String(existing.engagement) : '',
    wouldRecommend: existing?.kind === 'reaction' ? existing.wouldRecommend : true,
    scoreBefore: existing?.kind === 'learning' ? String(existing.scoreBefore) : '',
    scoreAfter: existing?.kind === 'learning' ? String(existing.scoreAfter) : '',
    rating: existing?.kind === 'behaviour' ? String(existing.observationRating) : '',
    note: existing?.note ?? '',
    date: existing?.date ?? today,
  }
}

function parseScore(text: string): number | null {
  if (text.trim() === '') return null
  const value = Number(text)
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value : null
}

function RecordForm(props: {
  initiative: TrainingInitiative
  rows: EnrolmentEvaluation[]
  people: Map<string, Person>
  evaluations: Evaluation[]
  onClose: () => void
}) {
  const { rows, people, evaluations, onClose } = props
  const { db } = useCurrentWorkspace()
  const today = toLocalIsoDate(new Date())
  const [enrolmentId, setEnrolmentId] = useState(rows[0]?.enrolment.id ?? '')
  const [kind, setKind] = useState<Kind>('reaction')
  const existing = evaluations.find((e) => e.enrolmentId === enrolmentId && e.kind === kind)
  const [draft, setDraft] = useState<Draft>(() => toDraft(existing, today))
  const [errors, setErrors] = useState<Record<string, string>>({})
  /** A new participant or level starts from what is stored for it. */
  const choose = (nextEnrolmentId: string, nextKind: Kind) => {
    setEnrolmentId(nextEnrolmentId)
    setKind(nextKind)
    const stored = evaluations.find((e) => e.enrolmentId === nextEnrolmentId && e.kind === nextKind)
    setDraft(toDraft(stored, today))
    setErrors({})
  }

  const nameOf = (row: EnrolmentEvaluation) =>
    people.get(row.enrolment.personId)?.displayName ?? 'Unknown person'
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }))

  if (rows.length === 0) {
    return (
      <p>
        No one is enrolled in this training (or everyone withdrew). Enrol people from the Training
        screen first; then record how it went here.
      </p>
    )
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const next: Record<string, string> = {}
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) next.date = 'Choose the date it was recorded.'
    else if (draft.date > today) next.date = 'The date cannot be in the future.'
    let input: EvaluationInput | null = null
    const base = { enrolmentId, date: draft.date, note: draft.note.trim() }
    if (kind === 'reaction') {
      if (!draft.relevance) next.relevance = 'Choose how relevant it was, 1 to 5.'
      if (!draft.engagement) next.engagement = 'Choose how engaging it was, 1 to 5.'
      input = {
        ...base,
        kind,
        relevance: Number(draft.relevance),
        engagement: Number(draft.engagement),
        wouldRecommend: draft.wouldRecommend,
      }
    } else if (kind === 'learning') {
      const before = parseScore(draft.scoreBefore)
      const after = parseScore(draft.scoreAfter)
      if (before === null) next.scoreBefore = 'Enter the score before, from 0 to 100.'
      if (after === null) next.scoreAfter = 'Enter the score after, from 0 to 100.'
      input = { ...base, kind, scoreBefore: before ?? 0, scoreAfter: after ?? 0 }
    } else {
      if (!draft.rating) next.rating = 'Choose how well the skill is applied on the job, 1 to 5.'
      input = { ...base, kind, observationRating: Number(draft.rating) }
    }
    setErrors(next)
    if (Object.keys(next).length > 0 || !input) return
    try {
      await saveEvaluation(db, input)
      const row = rows.find((r) => r.enrolment.id === enrolmentId)
      notify(
        'success',
        `Saved the ${kindLabels[kind].toLowerCase()} for ${row ? nameOf(row) : 'this person'}.`,
      )
    } catch (error) {
      setErrors({ form: error instanceof Error ? error.message : String(error) })
    }
  }

  const remove = async (evaluation: Evaluation) => {
    const { isConfirmed } = await desktop.confirm({
      title: 'Delete evaluation',
      message: `Delete this ${kindLabels[evaluation.kind as Kind]?.toLowerCase() ?? 'result'}?`,
      detail: 'The training’s card no longer counts it. This cannot be undone.',
      confirmLabel: 'Delete',
      isDestructive: true,
    })
    if (!isConfirmed) return
    await deleteEvaluation(db, evaluation.id)
    notify('success', 'Deleted the evaluation.')
  }

  const errorFor = (key: string) =>
    errors[key] ? (
      <p id={`record-${key}-error`} className="field-error">
        {errors[key]}
      </p>
    ) : null
  const describedBy = (key: string) => (errors[key] ? `record-${key}-error` : undefined)
  const selected = rows.find((row) => row.enrolment.id === enrolmentId)
  const recorded = evaluations
    .filter((evaluation) => evaluation.enrolmentId === enrolmentId)
    .sort((a, b) => a.date.localeCompare(b.date))

  return (
    <div className="record-evaluation">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="record-participant">Participant</label>
            <select
              id="record-participant"
              value={enrolmentId}
              onChange={(event) => choose(event.target.value, kind)}
            >
              {rows.map((row) => (
                <option key={row.enrolment.id} value={row.enrolment.id}>
                  {nameOf(row)} ({formatDate(row.enrolment.startDate)})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="record-date">Date</label>
            <input
              id="record-date"
              type="date"
              value={draft.date}
              max={today}
              aria-invalid={errors.date ? true : undefined}
              aria-describedby={describedBy('date')}
              onChange={(event) => set('date', event.target.value)}
            />
            {errorFor('date')}
          </div>
        </div>
        <fieldset className="radio-group record-kind">
          <legend>What to record</legend>
          {(Object.keys(kindLabels) as Kind[]).map((value) => (
            <label key={value} className="radio">
              <input
                type="radio"
                name="record-kind"
                value={value}
                checked={kind === value}
                onChange={() => choose(enrolmentId, value)}
              />
              {kindLabels[value]}
            </label>
          ))}
        </fieldset>
        {kind === 'reaction' ? (
          <div className="form-grid">
            <RatingField
              id="record-relevance"
              label="Relevance to the job"
              value={draft.relevance}
              error={errorFor('relevance')}
              describedBy={describedBy('relevance')}
              onChange={(value) => set('relevance', value)}
            />
            <RatingField
              id="record-engagement"
              label="Engagement"
              value={draft.engagement}
              error={errorFor('engagement')}
              describedBy={describedBy('engagement')}
              onChange={(value) => set('engagement', value)}
            />
            <label className="checkbox field-wide">
              <input
                type="checkbox"
                checked={draft.wouldRecommend}
                onChange={(event) => set('wouldRecommend', event.target.checked)}
              />
              Would recommend it to a colleague
            </label>
          </div>
        ) : kind === 'learning' ? (
          <div className="form-grid">
            <div className="field">
              <label htmlFor="record-score-before">Score before (0–100)</label>
              <input
                id="record-score-before"
                inputMode="decimal"
                value={draft.scoreBefore}
                aria-invalid={errors.scoreBefore ? true : undefined}
                aria-describedby={describedBy('scoreBefore')}
                onChange={(event) => set('scoreBefore', event.target.value)}
              />
              {errorFor('scoreBefore')}
            </div>
            <div className="field">
              <label htmlFor="record-score-after">Score after (0–100)</label>
              <input
                id="record-score-after"
                inputMode="decimal"
                value={draft.scoreAfter}
                aria-invalid={errors.scoreAfter ? true : undefined}
                aria-describedby={describedBy('scoreAfter')}
                onChange={(event) => set('scoreAfter', event.target.value)}
              />
              {errorFor('scoreAfter')}
            </div>
          </div>
        ) : (
          <RatingField
            id="record-rating"
            label="Observed on the job: how well is the skill applied?"
            value={draft.rating}
            error={errorFor('rating')}
            describedBy={describedBy('rating')}
            onChange={(value) => set('rating', value)}
          />
        )}
        <div className="field">
          <label htmlFor="record-note">{kind === 'reaction' ? 'Comment' : 'Note'}</label>
          <textarea
            id="record-note"
            rows={2}
            maxLength={4000}
            value={draft.note}
            onChange={(event) => set('note', event.target.value)}
          />
        </div>
        {errors.form ? (
          <p className="field-error" role="alert">
            {errors.form}
          </p>
        ) : null}
        <div className="modal-footer">
          <button type="button" className="button" onClick={onClose}>
            Done
          </button>
          <button type="submit" className="button button-primary">
            {existing
              ? `Update ${kindLabels[kind].toLowerCase()}`
              : `Save ${kindLabels[kind].toLowerCase()}`}
          </button>
        </div>
      </form>
      <section aria-label="Recorded for this participant">
        <h3>Recorded for {selected ? nameOf(selected) : 'this participant'}</h3>
        {recorded.length === 0 ? (
          <p className="muted">Nothing yet: choose what to record above and save it.</p>
        ) : (
          <ul className="feed">
            {recorded.map((evaluation) => (
              <li key={evaluation.id} className="recorded-item">
                <span>
                  <strong>{kindLabels[evaluation.kind as Kind] ?? 'KPI result'}</strong>{' '}
                  <span className="muted">{formatDate(evaluation.date)}</span> ·{' '}
                  {describeEvaluation(evaluation)}
                </span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Delete the ${kindLabels[evaluation.kind as Kind]?.toLowerCase() ?? 'KPI result'} of ${formatDate(evaluation.date)}`}
                  onClick={() => void remove(evaluation)}
                >
                  <Trash2 size={16} aria-hidden />
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ReactionCsvImport initiative={props.initiative} />
      <h3>All participants</h3>
      <table className="data-table record-overview">
        <caption className="visually-hidden">What is recorded per participant</caption>
        <thead>
          <tr>
            <th scope="col">Participant</th>
            <th scope="col">Status</th>
            <th scope="col">Reaction</th>
            <th scope="col">Learning</th>
            <th scope="col">Behaviour</th>
            <th scope="col">Results</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.enrolment.id} aria-selected={row.enrolment.id === enrolmentId}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => choose(row.enrolment.id, kind)}
                >
                  {nameOf(row)}
                </button>
              </th>
              <td>
                {row.enrolment.status}
                {row.enrolment.endDate ? `, ends ${formatDate(row.enrolment.endDate)}` : ''}
              </td>
              <td>
                {row.reaction
                  ? `relevance ${row.reaction.relevance}, engagement ${row.reaction.engagement}${row.reaction.wouldRecommend ? ', recommends' : ''}`
                  : '—'}
              </td>
              <td>
                {row.learning?.scoreBefore != null && row.learning.scoreAfter != null
                  ? `${formatNumber(row.learning.scoreBefore, 0)} → ${formatNumber(row.learning.scoreAfter, 0)}`
                  : row.learning?.levelChange != null
                    ? `level ${row.learning.levelChange === 0 ? '±0' : formatSigned(row.learning.levelChange)}`
                    : '—'}
              </td>
              <td>
                {row.behaviour?.observationRating != null
                  ? `${row.behaviour.observationRating}/5`
                  : row.behaviour
                    ? describeSigns(row.behaviour.practised.length + row.behaviour.feedback.length)
                    : '—'}
              </td>
              <td>
                {row.result
                  ? `${formatNumber(row.result.before, 2)} → ${formatNumber(row.result.after, 2)}`
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function describeSigns(count: number): string {
  return count === 1 ? '1 sign in use' : `${count} signs in use`
}

function describeEvaluation(evaluation: Evaluation): string {
  switch (evaluation.kind) {
    case 'reaction':
      return `relevance ${evaluation.relevance}/5, engagement ${evaluation.engagement}/5, ${evaluation.wouldRecommend ? 'would recommend' : 'would not recommend'}`
    case 'learning':
      return `score ${evaluation.scoreBefore} → ${evaluation.scoreAfter}`
    case 'behaviour':
      return `observation ${evaluation.observationRating}/5`
    case 'results':
      return `KPI ${evaluation.valueBefore} → ${evaluation.valueAfter}`
  }
}

function RatingField(props: {
  id: string
  label: string
  value: string
  error: React.ReactNode
  describedBy: string | undefined
  onChange: (value: string) => void
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.describedBy}
        onChange={(event) => props.onChange(event.target.value)}
      >
        <option value="">Choose…</option>
        {[1, 2, 3, 4, 5].map((rating) => (
          <option key={rating} value={rating}>
            {ratingLabels[rating]}
          </option>
        ))}
      </select>
      {props.error}
    </div>
  )
}
