import { Trash2 } from 'lucide-react'
import { useState } from 'react'
import type { EnrolmentEvaluation } from '../../../../shared/domain/evaluation'
import {
  findEvaluationProblem,
  readEvaluationDraft,
  toEvaluationDraft,
  type EvaluationDraft,
  type EvaluationField,
  type RecordedKind,
} from '../../../../shared/domain/evaluation/forms'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import type { Evaluation, Person, TrainingInitiative } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { deleteEvaluation, saveEvaluation } from '../../db/repositories/evaluations'
import { desktop } from '../../platform'
import { formatDate } from '../../ui/format'
import {
  CheckboxField,
  DateField,
  DialogForm,
  NumberField,
  SelectField,
  TextAreaField,
  useForm,
  type FormState,
} from '../../ui/form'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import { formatNumber, formatSigned } from './evaluation-format'
import { ReactionCsvImport } from './ReactionCsvImport'
import { IconButton } from '../../ui/IconButton'

type Kind = RecordedKind

const kindLabels: Record<Kind, string> = {
  reaction: 'Reaction survey',
  learning: 'Learning scores',
  behaviour: 'Behaviour observation',
}

type RecordField = EvaluationField | 'participant' | 'note'

const scoreFields = [
  ['scoreBefore', 'Score before (0–100)'],
  ['scoreAfter', 'Score after (0–100)'],
] as const

const ratingOptions = ['not at all', 'a little', 'somewhat', 'mostly', 'fully'].map(
  (words, index) => ({ value: String(index + 1), label: `${index + 1} – ${words}` }),
)

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
  const nameOf = (row: EnrolmentEvaluation) =>
    people.get(row.enrolment.personId)?.displayName ?? 'Unknown person'
  const form = useForm<EvaluationDraft, RecordField>({
    idPrefix: 'record',
    initial: () => toEvaluationDraft(existing, today),
    check: (draft) => findEvaluationProblem(kind, draft, today),
    save: async (draft) => {
      await saveEvaluation(db, readEvaluationDraft(kind, draft, enrolmentId))
      const row = rows.find((r) => r.enrolment.id === enrolmentId)
      notify(
        'success',
        `Saved the ${kindLabels[kind].toLowerCase()} for ${row ? nameOf(row) : 'this person'}.`,
      )
    },
  })
  const { draft, set } = form
  /** A new participant or level starts from what is stored for it. */
  const choose = (nextEnrolmentId: string, nextKind: Kind) => {
    setEnrolmentId(nextEnrolmentId)
    setKind(nextKind)
    const stored = evaluations.find((e) => e.enrolmentId === nextEnrolmentId && e.kind === nextKind)
    form.update(() => toEvaluationDraft(stored, today))
    form.setProblem(null)
  }

  if (rows.length === 0) {
    return (
      <p>
        No one is enrolled in this training (or everyone withdrew). Enrol people from the Training
        screen first; then record how it went here.
      </p>
    )
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

  const selected = rows.find((row) => row.enrolment.id === enrolmentId)
  const recorded = evaluations
    .filter((evaluation) => evaluation.enrolmentId === enrolmentId)
    .sort((a, b) => a.date.localeCompare(b.date))

  return (
    <div className="record-evaluation">
      <DialogForm
        form={form}
        submitLabel={`${existing ? 'Update' : 'Save'} ${kindLabels[kind].toLowerCase()}`}
        onCancel={onClose}
        cancelLabel="Done"
      >
        <div className="form-grid">
          <SelectField
            {...form.field('participant')}
            label="Participant"
            value={enrolmentId}
            options={rows.map((row) => ({
              value: row.enrolment.id,
              label: `${nameOf(row)} (${formatDate(row.enrolment.startDate)})`,
            }))}
            onChange={(value) => choose(value, kind)}
          />
          <DateField
            {...form.field('date')}
            label="Date"
            value={draft.date}
            max={today}
            onChange={(value) => set('date', value)}
          />
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
            <RatingField form={form} name="relevance" label="Relevance to the job" />
            <RatingField form={form} name="engagement" label="Engagement" />
            <CheckboxField
              isWide
              label="Would recommend it to a colleague"
              checked={draft.wouldRecommend}
              onChange={(checked) => set('wouldRecommend', checked)}
            />
          </div>
        ) : kind === 'learning' ? (
          <div className="form-grid">
            {scoreFields.map(([name, label]) => (
              <NumberField
                key={name}
                {...form.field(name)}
                label={label}
                min={0}
                max={100}
                step="any"
                value={draft[name]}
                onChange={(value) => set(name, value)}
              />
            ))}
          </div>
        ) : (
          <RatingField
            form={form}
            name="rating"
            label="Observed on the job: how well is the skill applied?"
          />
        )}
        <TextAreaField
          {...form.field('note')}
          label={kind === 'reaction' ? 'Comment' : 'Note'}
          rows={2}
          maxLength={4000}
          value={draft.note}
          onChange={(value) => set('note', value)}
        />
      </DialogForm>
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
                <IconButton
                  label={`Delete the ${kindLabels[evaluation.kind as Kind]?.toLowerCase() ?? 'KPI result'} of ${formatDate(evaluation.date)}`}
                  icon={Trash2}
                  onClick={() => void remove(evaluation)}
                />
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
                  ? `relevance ${row.reaction.relevance}, engagement ${row.reaction.engagement}${row.reaction.usefulness !== null ? `, usefulness ${row.reaction.usefulness}` : ''}${row.reaction.confidence !== null ? `, confidence ${row.reaction.confidence}` : ''}${row.reaction.wouldRecommend ? ', recommends' : ''}${row.reaction.isFromParticipant ? ' (from the participant)' : ''}`
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
      return `relevance ${evaluation.relevance}/5, engagement ${evaluation.engagement}/5${evaluation.usefulness ? `, usefulness ${evaluation.usefulness}/5` : ''}${evaluation.confidence ? `, confidence ${evaluation.confidence}/5` : ''}, ${evaluation.wouldRecommend ? 'would recommend' : 'would not recommend'}${evaluation.responseId ? ', from the participant' : ''}`
    case 'learning':
      return `score ${evaluation.scoreBefore} → ${evaluation.scoreAfter}`
    case 'behaviour':
      return `observation ${evaluation.observationRating}/5`
    case 'results':
      return `KPI ${evaluation.valueBefore} → ${evaluation.valueAfter}`
  }
}

/** A 1-to-5 rating, "Choose…" until one is picked. */
function RatingField(props: {
  form: FormState<EvaluationDraft, RecordField>
  name: 'relevance' | 'engagement' | 'rating'
  label: string
}) {
  const { form, name, label } = props
  return (
    <SelectField
      {...form.field(name)}
      label={label}
      value={form.draft[name]}
      placeholder="Choose…"
      options={ratingOptions}
      onChange={(value) => form.set(name, value)}
    />
  )
}
