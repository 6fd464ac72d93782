import { useMemo } from 'react'
import {
  findShiftedValues,
  type ShiftedValue,
} from '../../../../shared/domain/roster-import/shifted'
import {
  countUnmappedCells,
  createValueReader,
  isValueField,
  listValueColumns,
  type ValueColumn,
} from '../../../../shared/domain/roster-import/value-mapping'
import { formatList } from '../../ui/format'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import { DateField, TextField } from '../../ui/form'
import { StepActions, StepCard } from '../../ui/wizard'
import { useImportStore } from './import-store'
import { findPastReviewProblem, useDateOrder, useValueContext } from './use-import-plan'

/** A column with more distinct values than this shows the most common ones. */
const maxShown = 40

/** Whether the mapped columns include any whose values are mapped one by one. */
export function useHasValueColumns(): boolean {
  const csv = useImportStore((state) => state.csv)
  const mappings = useImportStore((state) => state.mappings)
  const context = useValueContext()
  // A fixed-value field answers at once; only custom columns need their values counted.
  return useMemo(() => {
    if (!csv || !context) return false
    if (mappings.some((mapping) => isValueField(mapping.target))) return true
    return listValueColumns(csv, mappings, context).length > 0
  }, [csv, mappings, context])
}

export function ValuesStep() {
  const csv = useImportStore((state) => state.csv)
  const mappings = useImportStore((state) => state.mappings)
  const choices = useImportStore((state) => state.valueChoices)
  const pastReview = useImportStore((state) => state.pastReview)
  const { goTo, setPastReview } = useImportStore.getState()
  const context = useValueContext()
  const dateOrder = useDateOrder()
  const columns = useMemo(
    () => (csv && context ? listValueColumns(csv, mappings, context) : []),
    [csv, mappings, context],
  )
  const shifted = useMemo(
    () =>
      csv && context
        ? findShiftedValues(csv, mappings, columns, {
            dateOrder,
            readValue: createValueReader(choices, context),
          })
        : new Map<string, Map<string, ShiftedValue>>(),
    [csv, mappings, columns, dateOrder, choices, context],
  )
  if (!csv || !context) return <p className="muted">Reading the values…</p>

  // Words only on shifted rows are not words to map: those rows are refused until fixed.
  const toMap = columns.map((column) => ({
    ...column,
    values: column.values.filter((value) => !shifted.get(column.key)?.has(value.key)),
  }))
  const shiftedRows = [
    ...new Set(
      [...shifted.values()].flatMap((byValue) => [...byValue.values()].flatMap((v) => v.rows)),
    ),
  ].sort((a, b) => a - b)
  const status = toMap.find((column) => column.key === 'status')
  const refused = status ? countUnmappedCells([status], choices) : 0
  // An unmapped leaving reason is not lost: the leaver keeps the file's words as the detail.
  const others = countUnmappedCells(
    toMap.filter((column) => column.key !== 'status' && column.key !== 'leavingReason'),
    choices,
  )
  const hasScores = columns.some((column) => column.key === 'performance')
  const reviewProblem = hasScores
    ? findPastReviewProblem(pastReview, toLocalIsoDate(new Date()))
    : null

  return (
    <StepCard title="Match the values">
      <p className="muted">
        These columns hold words from a fixed set. Trellis suggested what each word means in
        Trellis; words it does not know are marked, never guessed. Values are compared without case
        or stray spaces, so “Active” and “active ” are one.
      </p>
      {refused > 0 || others > 0 ? (
        <p className="warning-text" role="status">
          {refused > 0
            ? `${refused} ${refused === 1 ? 'row has a status' : 'rows have a status'} that is not mapped: they are left out unless you choose what it means. `
            : ''}
          {others > 0
            ? `${others} other ${others === 1 ? 'cell is' : 'cells are'} not mapped and will be imported without that detail.`
            : ''}
        </p>
      ) : (
        <p role="status">Every value is mapped.</p>
      )}
      {shiftedRows.length > 0 ? (
        <p className="warning-text">
          {shiftedRows.length === 1 ? 'Row' : 'Rows'} {formatList(shiftedRows.map(String))}{' '}
          {shiftedRows.length === 1 ? 'seems' : 'seem'} shifted: a cell is missing or extra, so its
          words sit in the wrong columns. They are marked below and left out; fix them in the file
          and import it again.
        </p>
      ) : null}
      {columns.map((column) => (
        <ValueTable key={column.key} column={column} shifted={shifted.get(column.key)} />
      ))}
      {hasScores ? (
        <fieldset className="past-review-fields">
          <legend>The review these ratings come from</legend>
          <p className="muted">
            Each rating is saved as the final overall rating of a past review, so calibration and
            the top-performer figures have history to stand on.
          </p>
          <div className="form-grid">
            <TextField
              id="past-review-name"
              label="Review name"
              value={pastReview.name}
              maxLength={200}
              onChange={(name) => setPastReview({ ...pastReview, name })}
              isWide
            />
            <DateField
              id="past-review-start"
              label="Period from"
              value={pastReview.periodStart}
              onChange={(periodStart) => setPastReview({ ...pastReview, periodStart })}
            />
            <DateField
              id="past-review-end"
              label="Period to"
              value={pastReview.periodEnd}
              error={reviewProblem}
              onChange={(periodEnd) => setPastReview({ ...pastReview, periodEnd })}
            />
          </div>
        </fieldset>
      ) : null}
      <StepActions
        onBack={() => goTo('columns')}
        nextLabel="Continue to review"
        onNext={() => goTo('review')}
        isNextDisabled={reviewProblem !== null}
      />
    </StepCard>
  )
}

function ValueTable(props: {
  column: ValueColumn
  shifted: Map<string, ShiftedValue> | undefined
}) {
  const { column, shifted } = props
  const choices = useImportStore((state) => state.valueChoices[column.key])
  const { setValueChoice } = useImportStore.getState()
  const isCustom = column.options.length === 0
  const keepsWords = column.key === 'leavingReason'
  const header = column.header || `Column ${column.column + 1}`
  const shown = column.values.slice(0, maxShown)
  return (
    <section className="value-column" aria-labelledby={`values-${column.column}`}>
      <h3 id={`values-${column.column}`}>
        {header}{' '}
        <span className="muted">→ {isCustom ? 'custom field (a group)' : column.label}</span>
      </h3>
      <table className="data-table value-table">
        <thead>
          <tr>
            <th scope="col">In the file</th>
            <th scope="col" className="numeric">
              Rows
            </th>
            <th scope="col">{isCustom ? 'Saved as' : 'Means in Trellis'}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((value) => {
            const chosen = choices?.[value.key] ?? value.suggestion ?? ''
            const shift = shifted?.get(value.key)
            const isUnknown = chosen === '' && !keepsWords && shift === undefined
            const label = `What “${value.text}” in ${header} means`
            return (
              <tr key={value.key} className={isUnknown ? 'is-unmapped' : undefined}>
                <th scope="row">
                  {value.text}
                  {isUnknown ? <span className="badge badge-warning">Not mapped</span> : null}
                  {shift ? (
                    <span
                      className="badge"
                      title={
                        shift.belongsTo
                          ? `Looks like a value of ${shift.belongsTo.header || `column ${shift.belongsTo.column + 1}`}`
                          : undefined
                      }
                    >
                      {shift.rows.length === 1 ? 'Shifted row' : 'Shifted rows'}{' '}
                      {formatList(shift.rows.map(String))}
                    </span>
                  ) : null}
                  {keepsWords && chosen === '' && shift === undefined ? (
                    <span className="badge">Kept as written</span>
                  ) : null}
                </th>
                <td className="numeric">{value.count}</td>
                <td>
                  {isCustom ? (
                    <input
                      type="text"
                      aria-label={label}
                      maxLength={200}
                      value={chosen}
                      onChange={(event) =>
                        setValueChoice(column.key, value.key, event.target.value)
                      }
                    />
                  ) : (
                    <select
                      aria-label={label}
                      value={chosen}
                      aria-invalid={isUnknown ? true : undefined}
                      onChange={(event) =>
                        setValueChoice(column.key, value.key, event.target.value)
                      }
                    >
                      <option value="">
                        {keepsWords ? 'Kept as written, no reason chosen' : 'Not mapped…'}
                      </option>
                      {column.options.map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {column.values.length > maxShown ? (
        <p className="muted">
          {column.values.length - maxShown} rarer values are not listed; each is on few rows. Words
          Trellis knows among them are mapped as suggested.
        </p>
      ) : null}
    </section>
  )
}
