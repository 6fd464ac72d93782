import { MoveHorizontal } from 'lucide-react'
import { useState } from 'react'
import type { RowOutcome } from '../../../../shared/domain/roster-import/types'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { ProblemList } from '../../ui/ProblemList'
import { ImportSummary, MoreRows, StepActions, StepCard, useRowLimit } from '../../ui/wizard'
import { runRosterImport } from './import-actions'
import { TextField } from '../../ui/form'
import { useImportStore } from './import-store'
import { useHasValueColumns } from './ValuesStep'
import { useImportPlan } from './use-import-plan'
import { useScrollEdges } from './use-scroll-edges'

const outcomeLabels: Record<RowOutcome, string> = {
  create: 'New',
  update: 'Update',
  unchanged: 'Unchanged',
  skipped: 'Skipped',
}

/** The summary's names for the outcomes, where the row badge's short one would not do. */
const summaryLabels: Record<RowOutcome, string> = {
  ...outcomeLabels,
  create: 'New people',
  update: 'Updated',
}

export function ReviewStep() {
  const { db } = useCurrentWorkspace()
  const csv = useImportStore((state) => state.csv)
  const excludedRows = useImportStore((state) => state.excludedRows)
  const profileName = useImportStore((state) => state.profileName)
  const { toggleRow, goTo, setProfileName } = useImportStore.getState()
  const hasValues = useHasValueColumns()
  const { limit, showMore } = useRowLimit()
  const planned = useImportPlan()
  const [scrollBox, setScrollBox] = useState<HTMLDivElement | null>(null)
  const edges = useScrollEdges(scrollBox)
  if (!csv || !planned) return <p className="muted">Preparing the preview…</p>

  const { rows, plan, dateOrder } = planned
  const voluntary = plan.leavers.filter((leaver) => leaver.isVoluntary).length
  const toSave = plan.counts.create + plan.counts.update
  const hasHistory = plan.leavers.length > 0 || plan.pastReview !== null
  const problems = [...rows.flatMap((row) => row.problems), ...plan.problems]

  return (
    <StepCard title="Review what will be saved">
      <ImportSummary
        stats={(Object.keys(summaryLabels) as RowOutcome[]).map((outcome) => ({
          label: summaryLabels[outcome],
          value: plan.counts[outcome],
        }))}
      />
      {plan.newTeams.length > 0 ? (
        <p>
          New teams: <strong>{plan.newTeams.map((team) => team.name).join(', ')}</strong>
        </p>
      ) : null}
      {plan.leavers.length > 0 ? (
        <p>
          Former staff: <strong>{plan.leavers.length}</strong> leaving
          {plan.leavers.length === 1 ? '' : 's'} recorded with their date and reason ({voluntary}{' '}
          their own decision, {plan.leavers.length - voluntary} not)
          {plan.undecidedLeavers > 0
            ? `; for ${plan.undecidedLeavers} the file does not say whose decision it was, so they are recorded as their own`
            : ''}
          . They stay in history and past reports, not in today's counts.
        </p>
      ) : null}
      {plan.pastReview ? (
        <p>
          Past review: <strong>{plan.pastReview.cycle.name}</strong>,{' '}
          {plan.pastReview.reviews.length} rating{plan.pastReview.reviews.length === 1 ? '' : 's'}{' '}
          {plan.pastReview.previousCycle
            ? 'added to the review of that name'
            : 'in a new finished review'}
          {plan.pastReview.replaced.length > 0
            ? `, ${plan.pastReview.replaced.length} replacing a rating saved before`
            : ''}
          .
        </p>
      ) : null}
      {plan.unresolvedManagers.length > 0 ? (
        <p className="warning-text">
          {plan.unresolvedManagers.length} manager{plan.unresolvedManagers.length === 1 ? '' : 's'}{' '}
          not found in the file or the workspace:{' '}
          {plan.unresolvedManagers
            .slice(0, 8)
            .map(
              (entry) =>
                `“${entry.value}” (${entry.rows.length === 1 ? `row ${entry.rows[0]}` : `${entry.rows.length} rows`})`,
            )
            .join(', ')}
          {plan.unresolvedManagers.length > 8 ? '…' : ''}. Those people are imported without a
          manager.
        </p>
      ) : null}
      {problems.length > 0 ? (
        <ProblemList title="Problems" problems={problems} columnNames={csv.headers} />
      ) : null}
      {edges.isCutLeft || edges.isCutRight ? (
        <p className="import-preview-hint muted" id="import-preview-hint">
          <MoveHorizontal size={16} aria-hidden /> The table is wider than its box: scroll it
          sideways to see every column.
        </p>
      ) : null}
      <div
        className={[
          'import-preview',
          edges.isCutLeft ? 'is-cut-left' : '',
          edges.isCutRight ? 'is-cut-right' : '',
        ]
          .filter(Boolean)
          .join(' ')}
      >
        <div
          ref={setScrollBox}
          className="import-preview-scroll"
          role="region"
          aria-label="Rows as they will be saved"
          aria-describedby={edges.isCutLeft || edges.isCutRight ? 'import-preview-hint' : undefined}
          // Focusable, so the arrow keys scroll it.
          tabIndex={0}
        >
          <table className="data-table preview-table">
            <caption className="visually-hidden">Rows as they will be saved</caption>
            <thead>
              <tr>
                <th scope="col">Import</th>
                <th scope="col">Row</th>
                <th scope="col">Result</th>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Title</th>
                <th scope="col">Team</th>
                <th scope="col">Manager</th>
                <th scope="col">Hire date</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, limit).map((row) => {
                const outcome = plan.rowOutcomes.get(row.row) ?? 'skipped'
                const name = row.values.displayName ?? ''
                return (
                  <tr
                    key={row.row}
                    className={excludedRows.has(row.row) ? 'is-excluded' : undefined}
                  >
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Import row ${row.row}${name ? `, ${name}` : ''}`}
                        checked={!excludedRows.has(row.row)}
                        onChange={() => toggleRow(row.row)}
                      />
                    </td>
                    <td>{row.row}</td>
                    <td>
                      <span className={`outcome outcome-${outcome}`}>{outcomeLabels[outcome]}</span>
                    </td>
                    <td>{name || <span className="field-error">missing</span>}</td>
                    <td>{row.values.email ?? ''}</td>
                    <td>{row.values.title ?? ''}</td>
                    <td>{row.values.team ?? ''}</td>
                    <td>{row.values.manager ?? ''}</td>
                    <td>{row.values.hireDate ?? ''}</td>
                    <td>{row.values.status ?? ''}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      </div>
      <MoreRows shown={limit} total={rows.length} onShowMore={showMore} />
      <TextField
        id="import-profile-name"
        className="inline-field profile-name"
        label="Remember this mapping as"
        hint="Offered again, with every value choice, the next time a file of this layout is opened. Settings lists the saved profiles."
        maxLength={120}
        value={profileName}
        onChange={setProfileName}
      />
      <StepActions
        onBack={() => goTo(hasValues ? 'values' : 'columns')}
        nextLabel={
          toSave > 0
            ? `Import ${toSave} ${toSave === 1 ? 'person' : 'people'}`
            : hasHistory
              ? 'Import the history'
              : 'Nothing to import'
        }
        onNext={() => void runRosterImport(db, plan, dateOrder)}
        isNextDisabled={toSave === 0 && !hasHistory}
      />
    </StepCard>
  )
}
