import { useLiveQuery } from 'dexie-react-hooks'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import type { Requirement } from '../../../../shared/domain/skills'
import type { Assessment, AssessmentSource, Person, ScaleLevel } from '../../../../shared/model'
import { assessmentSourceLabels } from '../../../../shared/domain/training/labels'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { listAssessmentHistory, saveInterest } from '../../db/repositories/assessments'
import { formatDate } from '../../ui/format'
import { Modal } from '../../ui/Modal'
import type { GridCell } from './grid-types'
import { PersonRequirementForm } from './PersonRequirementForm'
import { RecordAssessmentForm } from './RecordAssessmentForm'
import { TrendLine } from './TrendLine'

export interface CellTarget {
  personId: string
  personName: string
  skillId: string
  skillName: string
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
  const maxLevel = scale.at(-1)?.level ?? 4
  const labelOf = (value: number | null | undefined) =>
    value === null || value === undefined
      ? 'Not assessed'
      : `${value} · ${scale.find((step) => step.level === value)?.label ?? ''}`
  const manager = latestFrom(history, 'manager')
  const self = latestFrom(history, 'self')

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
        {cell?.certificate ? (
          <>
            <dt>Certificate</dt>
            <dd className="warning-text">
              {cell.certificate === 'missing'
                ? 'Their role needs a certificate for this skill, and none is recorded.'
                : cell.certificate === 'expired'
                  ? 'The certificate their role needs for this skill has expired.'
                  : 'The certificate their role needs for this skill expires within 60 days.'}
            </dd>
          </>
        ) : null}
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
            {/* It scrolls when long, so it takes focus: a keyboard user scrolls it with the arrows. */}
            <div
              className="history-scroll"
              tabIndex={0}
              role="region"
              aria-labelledby="history-title"
            >
              <ol className="history-list">
                {[...history].reverse().map((entry) => (
                  <li key={entry.id}>
                    <strong>{labelOf(entry.level)}</strong>{' '}
                    <span className="muted">
                      {assessmentSourceLabels[entry.source]} · {formatDate(entry.date)}
                    </span>
                    {entry.note ? <span className="history-note">{entry.note}</span> : null}
                  </li>
                ))}
              </ol>
            </div>
          </div>
        )}
      </section>
      <PersonRequirementForm
        target={target}
        requirement={requirement}
        scale={scale}
        onChanged={onRequirementChanged}
      />
      <RecordAssessmentForm
        target={target}
        currentLevel={cell?.current ?? null}
        people={people}
        scale={scale}
        onClose={onClose}
        onRecord={onRecord}
      />
    </div>
  )
}
