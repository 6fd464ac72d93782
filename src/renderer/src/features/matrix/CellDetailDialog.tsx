import { useLiveQuery } from 'dexie-react-hooks'
import { useState, type FormEvent } from 'react'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import type { Requirement } from '../../../../shared/domain/skills'
import {
  AssessmentSource,
  type Assessment,
  type Person,
  type ScaleLevel,
} from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { listAssessmentHistory, saveInterest } from '../../db/repositories/assessments'
import { formatDate } from '../../ui/format'
import { Modal } from '../../ui/Modal'
import { SelectField } from '../../ui/SelectField'
import { notify } from '../../ui/toast-store'
import type { GridCell } from './grid-types'
import { PersonRequirementForm } from './PersonRequirementForm'
import { TrendLine } from './TrendLine'

export interface CellTarget {
  personId: string
  personName: string
  skillId: string
  skillName: string
}

const sourceLabels: Record<AssessmentSource, string> = {
  manager: 'Manager',
  self: 'Self',
  peer: 'Peer',
  test: 'Test',
  certificate: 'Certificate',
}

const interestLabels = ['None', 'Curious', 'Interested', 'Eager']

function latestFrom(history: Assessment[], source: AssessmentSource): Assessment | undefined {
  return history.filter((entry) => entry.source === source).at(-1)
}

interface CellDetailProps {
  cell: GridCell | null
  requirement: Requirement | null
  people: Person[]
  scale: ScaleLevel[]
  onClose: () => void
  onRecord: (input: Omit<Assessment, 'id'>) => Promise<void>
  onRequirementChanged: () => void
}

export function CellDetailDialog(props: CellDetailProps & { target: CellTarget | null }) {
  const { target, onClose } = props
  return (
    <Modal
      title={target ? `${target.personName} · ${target.skillName}` : ''}
      isOpen={target !== null}
      onClose={onClose}
      isWide
    >
      {target ? <CellDetail {...props} target={target} /> : null}
    </Modal>
  )
}

function CellDetail(props: CellDetailProps & { target: CellTarget }) {
  const { target, cell, requirement, people, scale, onClose, onRecord, onRequirementChanged } =
    props
  const { db } = useCurrentWorkspace()
  const history = useLiveQuery(
    () => listAssessmentHistory(db, target.personId, target.skillId),
    [db, target],
    [],
  )
  const aspiration = useLiveQuery(
    () =>
      db.aspirations.where('[personId+skillId]').equals([target.personId, target.skillId]).first(),
    [db, target],
  )
  const [level, setLevel] = useState(String(cell?.current ?? 0))
  const [source, setSource] = useState<AssessmentSource>('manager')
  const [date, setDate] = useState(toLocalIsoDate(new Date()))
  const [note, setNote] = useState('')
  const [assessorId, setAssessorId] = useState('')
  const [error, setError] = useState<string | null>(null)
  const maxLevel = scale.at(-1)?.level ?? 4
  const labelOf = (value: number | null | undefined) =>
    value === null || value === undefined
      ? 'Not assessed'
      : `${value} · ${scale.find((step) => step.level === value)?.label ?? ''}`
  const manager = latestFrom(history, 'manager')
  const self = latestFrom(history, 'self')

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      await onRecord({
        personId: target.personId,
        skillId: target.skillId,
        level: Number(level),
        source,
        date,
        assessorId: null,
        note,
      })
      setNote('')
      setError(null)
      notify('success', `Recorded ${target.personName} at level ${level} in ${target.skillName}.`)
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    }
  }

  return (
    <div className="cell-detail">
      <dl className="facts">
        <dt>Required</dt>
        <dd>
          {cell?.required === null || cell?.required === undefined
            ? 'Not required'
            : labelOf(cell.required)}
          <span className="muted">
            {requirement?.origin === 'override'
              ? ' · set for this person'
              : requirement
                ? ' · from their role'
                : ''}
          </span>
        </dd>
        <dt>Manager</dt>
        <dd>
          {labelOf(manager?.level)}
          {manager ? <span className="muted"> on {formatDate(manager.date)}</span> : null}
        </dd>
        <dt>Self</dt>
        <dd>
          {labelOf(self?.level)}
          {self ? <span className="muted"> on {formatDate(self.date)}</span> : null}
        </dd>
        <dt>Wants to learn</dt>
        <dd>
          <select
            aria-label="Interest in learning this skill"
            value={aspiration?.interest ?? 0}
            onChange={(event) =>
              void saveInterest(db, {
                personId: target.personId,
                skillId: target.skillId,
                interest: Number(event.target.value),
                comment: aspiration?.comment ?? '',
                today: toLocalIsoDate(new Date()),
              })
            }
          >
            {interestLabels.map((label, value) => (
              <option key={label} value={value}>
                {value} · {label}
              </option>
            ))}
          </select>
          <input
            key={aspiration?.id ?? 'none'}
            className="interest-comment"
            aria-label="What they said about learning it"
            placeholder="What they said (optional)"
            defaultValue={aspiration?.comment ?? ''}
            onBlur={(event) => {
              if (event.target.value === (aspiration?.comment ?? '')) return
              void saveInterest(db, {
                personId: target.personId,
                skillId: target.skillId,
                interest: aspiration?.interest ?? 0,
                comment: event.target.value,
                today: toLocalIsoDate(new Date()),
              })
            }}
          />
        </dd>
      </dl>
      <section aria-labelledby="history-title">
        <h3 id="history-title">History</h3>
        {history.length === 0 ? (
          <p className="muted">No assessments yet.</p>
        ) : (
          <div className="history">
            <TrendLine history={history} maxLevel={maxLevel} />
            <ol className="history-list">
              {[...history].reverse().map((entry) => (
                <li key={entry.id}>
                  <strong>{labelOf(entry.level)}</strong>{' '}
                  <span className="muted">
                    {sourceLabels[entry.source]} · {formatDate(entry.date)}
                  </span>
                  {entry.note ? <span className="history-note">{entry.note}</span> : null}
                </li>
              ))}
            </ol>
          </div>
        )}
      </section>
      <PersonRequirementForm
        target={target}
        requirement={requirement}
        scale={scale}
        onChanged={onRequirementChanged}
      />
      <form className="record-form" onSubmit={(event) => void submit(event)} noValidate>
        <h3>Record an assessment</h3>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="assess-level">Level</label>
            <select
              id="assess-level"
              value={level}
              onChange={(event) => setLevel(event.target.value)}
            >
              {scale.map((step) => (
                <option key={step.level} value={step.level}>
                  {step.level} · {step.label}
                </option>
              ))}
            </select>
            <p className="muted level-descriptor">
              {scale.find((step) => step.level === Number(level))?.descriptor}
            </p>
          </div>
          <div className="field">
            <label htmlFor="assess-source">Source</label>
            <select
              id="assess-source"
              value={source}
              onChange={(event) => setSource(event.target.value as AssessmentSource)}
            >
              {AssessmentSource.options.map((option) => (
                <option key={option} value={option}>
                  {sourceLabels[option]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="assess-date">Date</label>
            <input
              id="assess-date"
              type="date"
              value={date}
              max={toLocalIsoDate(new Date())}
              onChange={(event) => setDate(event.target.value)}
            />
          </div>
          <SelectField
            id="assess-assessor"
            label="Assessed by"
            value={assessorId}
            options={[
              { value: '', label: 'Me (the manager using Trellis)' },
              ...people
                .filter((person) => person.status === 'active')
                .map((person) => ({ value: person.id, label: person.displayName }))
                .sort((a, b) => a.label.localeCompare(b.label)),
            ]}
            onChange={setAssessorId}
          />
          <div className="field">
            <label htmlFor="assess-note">Note</label>
            <input
              id="assess-note"
              value={note}
              onChange={(event) => setNote(event.target.value)}
              placeholder="What you saw"
            />
          </div>
        </div>
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="modal-footer">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          <button type="submit" className="button button-primary">
            Record assessment
          </button>
        </div>
      </form>
    </div>
  )
}
