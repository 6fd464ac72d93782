import { describeMappingTarget, rosterFields } from '../../../../shared/domain/roster-import/fields'
import {
  findMappingConflicts,
  findMappingGaps,
} from '../../../../shared/domain/roster-import/mapping'
import { detectFileDateOrder } from '../../../../shared/domain/roster-import/rows'
import type { MappingTarget } from '../../../../shared/domain/roster-import/types'
import { MappingProblems, MappingTable, StepActions, StepCard } from '../../ui/wizard'
import { useImportStore } from './import-store'
import { useHasValueColumns } from './ValuesStep'

const targets: MappingTarget[] = [...rosterFields, 'custom', 'ignore']

export function ColumnsStep() {
  const csv = useImportStore((state) => state.csv)
  const mappings = useImportStore((state) => state.mappings)
  const dateOrder = useImportStore((state) => state.dateOrder)
  const profile = useImportStore((state) => state.profile)
  const { setTarget, setDateOrder, goTo, clearProfile } = useImportStore.getState()
  const hasValues = useHasValueColumns()
  if (!csv) return null

  const conflicts = findMappingConflicts(mappings)
  const gaps = findMappingGaps(mappings)
  const detected = detectFileDateOrder(csv, mappings)
  const needsDateOrder = detected === 'ambiguous'
  const isReady =
    conflicts.length === 0 && gaps.length === 0 && (!needsDateOrder || dateOrder !== null)

  return (
    <StepCard title="Match the columns">
      <p className="muted">
        Trellis matched the columns it recognised. Change any of them; keep other columns as custom
        fields or leave them out.
      </p>
      {profile ? (
        <div className="profile-banner" role="status">
          <p>
            {profile.kind === 'saved'
              ? `Mapped with your saved profile “${profile.name}”, from the last file of this layout. Change anything; the import saves it again.`
              : `This looks like a ${profile.name}: mapped with Trellis's built-in profile for it. Check it, and change anything.`}
          </p>
          <button type="button" className="button" onClick={clearProfile}>
            Start from Trellis's suggestions
          </button>
        </div>
      ) : null}
      <MappingTable
        columns={mappings}
        rows={csv.rows}
        sampleCount={3}
        choiceHeadings={['Save as']}
        renderChoices={(mapping) => (
          <td>
            <select
              aria-label={`Save column “${mapping.header || mapping.column + 1}” as`}
              value={mapping.target}
              onChange={(event) => setTarget(mapping.column, event.target.value as MappingTarget)}
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
        )}
      />
      <MappingProblems
        conflicts={conflicts.map((conflict) => ({
          key: `${conflict.target}-${conflict.name}`,
          message: conflict.message,
        }))}
        gaps={gaps}
      />
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
      <StepActions
        onBack={() => goTo('file')}
        nextLabel={hasValues ? 'Continue to values' : 'Continue to review'}
        onNext={() => goTo(hasValues ? 'values' : 'review')}
        isNextDisabled={!isReady}
      />
    </StepCard>
  )
}
