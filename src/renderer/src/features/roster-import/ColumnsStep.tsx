import { describeMappingTarget, rosterFields } from '../../../../shared/domain/roster-import/fields'
import {
  findMappingConflicts,
  findMappingGaps,
} from '../../../../shared/domain/roster-import/mapping'
import { detectFileDateOrder } from '../../../../shared/domain/roster-import/rows'
import type { MappingTarget } from '../../../../shared/domain/roster-import/types'
import { useImportStore } from './import-store'

const targets: MappingTarget[] = [...rosterFields, 'custom', 'ignore']

export function ColumnsStep() {
  const csv = useImportStore((state) => state.csv)
  const mappings = useImportStore((state) => state.mappings)
  const dateOrder = useImportStore((state) => state.dateOrder)
  const { setTarget, setDateOrder, goTo } = useImportStore.getState()
  if (!csv) return null

  const conflicts = findMappingConflicts(mappings)
  const gaps = findMappingGaps(mappings)
  const detected = detectFileDateOrder(csv, mappings)
  const needsDateOrder = detected === 'ambiguous'
  const isReady =
    conflicts.length === 0 && gaps.length === 0 && (!needsDateOrder || dateOrder !== null)

  return (
    <section className="card" aria-labelledby="columns-title">
      <h2 id="columns-title">Match the columns</h2>
      <p className="muted">
        Trellis matched the columns it recognised. Change any of them; keep other columns as custom
        fields or leave them out.
      </p>
      <table className="data-table mapping-table">
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">First values</th>
            <th scope="col">Save as</th>
          </tr>
        </thead>
        <tbody>
          {mappings.map((mapping) => (
            <tr key={mapping.column}>
              <th scope="row">
                {mapping.header || (
                  <span className="muted">(no header, column {mapping.column + 1})</span>
                )}
              </th>
              <td className="sample-values">
                {csv.rows
                  .slice(0, 3)
                  .map((row) => row[mapping.column] ?? '')
                  .filter((value) => value.trim() !== '')
                  .join(' · ') || <span className="muted">empty</span>}
              </td>
              <td>
                <select
                  aria-label={`Save column “${mapping.header || mapping.column + 1}” as`}
                  value={mapping.target}
                  onChange={(event) =>
                    setTarget(mapping.column, event.target.value as MappingTarget)
                  }
                >
                  {targets.map((target) => (
                    <option key={target} value={target}>
                      {target === 'custom'
                        ? `Custom field “${mapping.header || `Column ${mapping.column + 1}`}”`
                        : describeMappingTarget(target)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {conflicts.length > 0 ? (
        <ul className="inline-errors" aria-label="Column problems">
          {conflicts.map((conflict) => (
            <li key={`${conflict.target}-${conflict.name}`} className="field-error">
              {conflict.message}
            </li>
          ))}
        </ul>
      ) : null}
      {gaps.map((gap) => (
        <p key={gap} className="field-error">
          {gap}
        </p>
      ))}
      {needsDateOrder ? (
        <fieldset className="radio-group date-order">
          <legend>The dates in this file could be read two ways. Which comes first?</legend>
          <label className="radio">
            <input
              type="radio"
              name="date-order"
              checked={dateOrder === 'month-first'}
              onChange={() => setDateOrder('month-first')}
            />
            Month first (US: 03/04/2024 is March 4)
          </label>
          <label className="radio">
            <input
              type="radio"
              name="date-order"
              checked={dateOrder === 'day-first'}
              onChange={() => setDateOrder('day-first')}
            />
            Day first (03/04/2024 is 3 April)
          </label>
        </fieldset>
      ) : null}
      <div className="row step-actions">
        <button type="button" className="button" onClick={() => goTo('file')}>
          Back
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={!isReady}
          onClick={() => goTo('review')}
        >
          Continue to review
        </button>
      </div>
    </section>
  )
}
