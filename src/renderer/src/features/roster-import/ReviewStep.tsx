import { MoveHorizontal } from 'lucide-react'
import { useState } from 'react'
import type { RowOutcome } from '../../../../shared/domain/roster-import/types'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { ProblemList } from '../../ui/ProblemList'
import { ImportSummary, MoreRows, StepActions, StepCard, useRowLimit } from '../../ui/wizard'
import { runRosterImport } from './import-actions'
import { useImportStore } from './import-store'
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
  const { toggleRow, goTo } = useImportStore.getState()
  const { limit, showMore } = useRowLimit()
  const planned = useImportPlan()
  const [scrollBox, setScrollBox] = useState<HTMLDivElement | null>(null)
  const edges = useScrollEdges(scrollBox)
  if (!csv || !planned) return <p className="muted">Preparing the preview…</p>

  const { rows, plan } = planned
  const toSave = plan.counts.create + plan.counts.update
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
      <StepActions
        onBack={() => goTo('columns')}
        nextLabel={
          toSave === 0
            ? 'Nothing to import'
            : `Import ${toSave} ${toSave === 1 ? 'person' : 'people'}`
        }
        onNext={() => void runRosterImport(db, plan)}
        isNextDisabled={toSave === 0}
      />
    </StepCard>
  )
}
