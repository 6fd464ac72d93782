import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import type {
  ImportSource,
  MatrixImportPlan,
  RowOutcome,
} from '../../../../shared/domain/matrix-import/types'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { ProblemList } from '../../ui/ProblemList'
import { ImportSummary, MoreRows, StepActions, StepCard, useRowLimit } from '../../ui/wizard'
import { runMatrixImport } from './matrix-import-actions'
import { useMatrixImportStore } from './matrix-import-store'
import { RequiredLevelsPanel } from './RequiredLevelsPanel'
import { useMatrixImportPlan } from './use-matrix-import-plan'

const sourceLabels: Record<ImportSource, string> = {
  manager: 'Manager assessments',
  self: 'Self-assessments',
  peer: 'Peer assessments',
  test: 'Test results',
}

const sourceNouns: Record<ImportSource, string> = {
  manager: 'manager assessment',
  self: 'self-assessment',
  peer: 'peer assessment',
  test: 'test result',
}

const outcomeLabels: Record<RowOutcome, string> = {
  import: 'New levels',
  unchanged: 'Unchanged',
  unknown: 'Not found',
  skipped: 'Skipped',
  required: 'Required levels',
}

export function MatrixReviewStep() {
  const { db } = useCurrentWorkspace()
  const csv = useMatrixImportStore((state) => state.csv)
  const requiredFile = useMatrixImportStore((state) => state.requiredFile)
  const date = useMatrixImportStore((state) => state.date)
  const planned = useMatrixImportPlan()
  const { limit, showMore } = useRowLimit()
  if (!csv) return null

  const { goTo } = useMatrixImportStore.getState()
  const plan = planned?.plan
  const { requirements } = plan ?? {}
  const toSave = plan
    ? plan.assessments.length +
      plan.newSkills.length +
      (requirements?.creates.length ?? 0) +
      (requirements?.raises.length ?? 0)
    : 0
  const levelCount = plan?.assessments.length ?? 0
  const fileProblems = plan?.problems.filter((problem) => problem.fileName === undefined) ?? []
  const requiredFileProblems = plan?.problems.filter((problem) => problem.fileName) ?? []

  return (
    <>
      <RecordOptions />
      {!planned || !plan ? (
        <p className="muted">
          {date === '' ? 'Choose a date to see the preview.' : 'Preparing the preview…'}
        </p>
      ) : (
        <>
          <RequiredLevelsPanel plan={plan} roles={planned.data.roles} />
          <StepCard title="Review what will be saved">
            <Summary plan={plan} />
            {fileProblems.length > 0 ? (
              <ProblemList title="Problems" problems={fileProblems} columnNames={csv.headers} />
            ) : null}
            {requiredFile && requiredFileProblems.length > 0 ? (
              <ProblemList
                title={`Problems in ${requiredFile.fileName}`}
                problems={requiredFileProblems}
                columnNames={requiredFile.headers}
              />
            ) : null}
            <div className="table-scroll">
              <table className="data-table preview-table">
                <caption className="visually-hidden">What each row of the file does</caption>
                <thead>
                  <tr>
                    <th scope="col">Row</th>
                    <th scope="col">Person</th>
                    <th scope="col">Result</th>
                    <th scope="col" className="numeric">
                      New levels
                    </th>
                    <th scope="col" className="numeric">
                      Unchanged
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {plan.rows.slice(0, limit).map((row) => (
                    <tr key={row.row}>
                      <td>{row.row}</td>
                      <td>{row.label || <span className="muted">(nobody named)</span>}</td>
                      <td>
                        <span className={`outcome outcome-${row.outcome}`}>
                          {outcomeLabels[row.outcome]}
                        </span>
                      </td>
                      <td className="numeric">{row.outcome === 'required' ? '' : row.newCount}</td>
                      <td className="numeric">
                        {row.outcome === 'required' ? '' : row.unchangedCount}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <MoreRows shown={limit} total={plan.rows.length} onShowMore={showMore} />
          </StepCard>
        </>
      )}
      <StepActions
        onBack={() => goTo('columns')}
        nextLabel={
          toSave === 0
            ? 'Nothing to import'
            : levelCount > 0
              ? `Import ${levelCount} ${levelCount === 1 ? 'level' : 'levels'}`
              : 'Import'
        }
        onNext={() => plan && void runMatrixImport(db, plan)}
        isNextDisabled={!plan || toSave === 0}
      />
    </>
  )
}

function RecordOptions() {
  const source = useMatrixImportStore((state) => state.source)
  const date = useMatrixImportStore((state) => state.date)
  const { setSource, setDate } = useMatrixImportStore.getState()
  const today = toLocalIsoDate(new Date())
  const isDateValid = date !== '' && date <= today
  return (
    <StepCard title="How the levels are recorded">
      <div className="row matrix-options">
        <div className="field">
          <label htmlFor="matrix-source">Record the levels as</label>
          <select
            id="matrix-source"
            value={source}
            onChange={(event) => setSource(event.target.value as ImportSource)}
          >
            {(Object.keys(sourceLabels) as ImportSource[]).map((option) => (
              <option key={option} value={option}>
                {sourceLabels[option]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="matrix-date">Assessed on</label>
          <input
            id="matrix-date"
            type="date"
            max={today}
            value={date}
            aria-invalid={!isDateValid}
            onChange={(event) => setDate(event.target.value > today ? today : event.target.value)}
          />
        </div>
      </div>
      <p className="muted">
        Each level that differs from the person’s latest {sourceNouns[source]} is saved as a new{' '}
        {sourceNouns[source]} on this date; earlier ones stay as history. The matrix shows manager
        assessments.
      </p>
      {isDateValid ? null : <p className="field-error">Choose a date no later than today.</p>}
    </StepCard>
  )
}

function Summary({ plan }: { plan: MatrixImportPlan }) {
  const { counts } = plan
  return (
    <>
      <ImportSummary
        stats={[
          { label: 'New assessments', value: counts.newAssessments },
          { label: 'Unchanged', value: counts.unchanged },
          { label: 'Unknown people', value: counts.unknownPeople },
          { label: 'Problems', value: counts.problems },
        ]}
      />
      <p>
        {counts.matchedPeople} {counts.matchedPeople === 1 ? 'person' : 'people'} found;{' '}
        {counts.blank} blank{' '}
        {counts.blank === 1 ? 'cell keeps its level' : 'cells keep their levels'}.
        {counts.skippedRows > 0 ? ` ${counts.skippedRows} rows left out (see the problems).` : ''}
      </p>
      {plan.newSkills.length > 0 ? (
        <p>
          New skills: <strong>{plan.newSkills.map((skill) => skill.name).join(', ')}</strong>
          {plan.newCategories.length > 0
            ? `, in a new category “${plan.newCategories[0]?.name ?? ''}”`
            : ''}
          .
        </p>
      ) : null}
      {plan.unknownPeople.length > 0 ? (
        <div className="warning-text matrix-unknown" aria-label="People not found">
          <p>
            Not found in Trellis, so their levels are not imported (people come from the team
            import):
          </p>
          <ul className="matrix-unknown-people">
            {plan.unknownPeople.slice(0, 20).map((entry) => (
              <li key={entry.row}>
                Row {entry.row}: {entry.label}
              </li>
            ))}
          </ul>
          {plan.unknownPeople.length > 20 ? (
            <p className="muted">…and {plan.unknownPeople.length - 20} more.</p>
          ) : null}
        </div>
      ) : null}
    </>
  )
}
