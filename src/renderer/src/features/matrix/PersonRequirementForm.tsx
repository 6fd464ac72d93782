import { useState, type FormEvent } from 'react'
import type { Requirement } from '../../../../shared/domain/skills'
import type { ScaleLevel } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { setPersonRequirement } from '../../db/repositories/skill-structure'
import { SelectField } from '../../ui/SelectField'
import { notify } from '../../ui/toast-store'
import type { CellTarget } from './CellDetailDialog'

const roleDefault = 'role'

/** A level this one person needs, whatever their role says (a personal override), with the reason. */
export function PersonRequirementForm(props: {
  target: CellTarget
  requirement: Requirement | null
  scale: ScaleLevel[]
  onChanged: () => void
}) {
  const { target, requirement, scale, onChanged } = props
  const { db } = useCurrentWorkspace()
  const isOverride = requirement?.origin === 'override'
  const roleLevel = isOverride
    ? requirement.replacedRoleRequirement?.requiredLevel
    : requirement?.requiredLevel
  const [choice, setChoice] = useState(isOverride ? String(requirement.requiredLevel) : roleDefault)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)

  const save = async (event: FormEvent) => {
    event.preventDefault()
    try {
      await setPersonRequirement(db, {
        personId: target.personId,
        skillId: target.skillId,
        level: choice === roleDefault ? null : Number(choice),
        reason,
      })
      setError(null)
      onChanged()
      notify('success', `Saved what ${target.personName} needs in ${target.skillName}.`)
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    }
  }

  return (
    <form className="record-form" onSubmit={(event) => void save(event)} noValidate>
      <h3>Required for {target.personName}</h3>
      <div className="form-grid">
        <SelectField
          id="person-requirement"
          label="Required level"
          value={choice}
          options={[
            {
              value: roleDefault,
              label:
                roleLevel === undefined
                  ? 'As their role says (not required)'
                  : `As their role says (${roleLevel})`,
            },
            ...scale.map((step) => ({
              value: String(step.level),
              label: `${step.level} · ${step.label}`,
            })),
          ]}
          onChange={setChoice}
        />
        <div className="field">
          <label htmlFor="person-requirement-reason">Why</label>
          <input
            id="person-requirement-reason"
            value={reason}
            placeholder="e.g. covers the night shift alone"
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="row step-actions">
        <button type="submit" className="button">
          Save requirement
        </button>
      </div>
    </form>
  )
}
