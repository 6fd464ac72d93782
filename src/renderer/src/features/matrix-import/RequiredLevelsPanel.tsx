import { FileUp, X } from 'lucide-react'
import type { MatrixImportPlan } from '../../../../shared/domain/matrix-import/types'
import type { RoleProfile } from '../../../../shared/model'
import { pickRequiredLevelsFile } from './matrix-import-actions'
import { useMatrixImportStore } from './matrix-import-store'

function listNames(names: readonly string[], max = 6): string {
  const shown = names.slice(0, max).join(', ')
  return names.length > max ? `${shown} and ${names.length - max} more` : shown
}

/**
 * Required levels say what the file expects of everyone in it. Trellis keeps required levels on
 * roles, so applying them changes the roles of the matched people: that reaches people outside
 * the file too, which is why it is offered, explained, and never the default.
 */
export function RequiredLevelsPanel(props: {
  plan: MatrixImportPlan
  roles: readonly RoleProfile[]
}) {
  const requiredFile = useMatrixImportStore((state) => state.requiredFile)
  const requiredUse = useMatrixImportStore((state) => state.requiredUse)
  const { setRequiredUse, setRequiredFile } = useMatrixImportStore.getState()
  const { requiredLevels, requirementsIfApplied: effect } = props.plan
  const roleNames = effect.roleIds.map(
    (id) => props.roles.find((role) => role.id === id)?.name ?? id,
  )
  const count = requiredLevels?.levels.length ?? 0

  return (
    <section className="card" aria-labelledby="required-title">
      <h2 id="required-title">Required levels</h2>
      {requiredLevels === null ? (
        <p className="muted">
          The file has no row of required levels (a row whose first cell says “Required”).
        </p>
      ) : (
        <>
          <p>
            {count} required {count === 1 ? 'level' : 'levels'} in{' '}
            {requiredLevels.origin === 'row'
              ? `the Required row (${requiredLevels.where})`
              : requiredLevels.where}
            .
          </p>
          <fieldset className="radio-group required-use">
            <legend>What should Trellis do with them?</legend>
            <label className="radio">
              <input
                type="radio"
                name="required-use"
                checked={requiredUse === 'skip'}
                onChange={() => setRequiredUse('skip')}
              />
              Leave the requirements as they are
            </label>
            <label className="radio">
              <input
                type="radio"
                name="required-use"
                checked={requiredUse === 'roles'}
                disabled={count === 0}
                onChange={() => setRequiredUse('roles')}
              />
              Apply them to the roles of the people in the file
            </label>
          </fieldset>
          <p className="muted">
            Trellis keeps required levels on roles, so a level applied here counts for everyone in
            the role, including people who are not in this file. It only ever adds a requirement or
            raises one; it never lowers what a role already asks.
          </p>
          {count > 0 ? (
            <p>
              Applying them adds {effect.creates.length} and raises {effect.raises.length}{' '}
              requirements in {effect.roleIds.length === 0 ? 'no role' : listNames(roleNames)};{' '}
              {effect.alreadyMet.length} already ask as much or more.
              {effect.peopleWithoutRole.length > 0
                ? ` ${listNames(effect.peopleWithoutRole.map((person) => person.displayName))} ${effect.peopleWithoutRole.length === 1 ? 'has' : 'have'} no role, so the levels do not reach them.`
                : ''}
            </p>
          ) : null}
        </>
      )}
      <div className="row">
        {requiredFile ? (
          <>
            <span>
              Required levels from <strong>{requiredFile.fileName}</strong>, in place of any
              Required row.
            </span>
            <button type="button" className="button" onClick={() => setRequiredFile(null)}>
              <X size={16} aria-hidden /> Stop using {requiredFile.fileName}
            </button>
          </>
        ) : (
          <button type="button" className="button" onClick={() => void pickRequiredLevelsFile()}>
            <FileUp size={16} aria-hidden /> Use a second file of required levels…
          </button>
        )}
      </div>
      <p className="muted">
        A second file lists skills in a “Skill” column beside a “Required level” column, or is laid
        out like the matrix with one row that starts with “Required”.
      </p>
    </section>
  )
}
