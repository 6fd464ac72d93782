import { useRef, useState } from 'react'
import {
  DemandSource,
  type BusinessGoal,
  type RoleProfile,
  type RoleRequirement,
  type ScaleLevel,
  type Skill,
} from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { setRoleRequirement } from '../../db/repositories/skill-structure'
import { notify } from '../../ui/toast-store'
import { demandSourceLabels } from './skill-text'
import { formatLevel } from '../../ui/form'
import { describeError } from '../../ui/format'

export function RequirementRow(props: {
  role: RoleProfile
  skill: Skill
  requirement: RoleRequirement | undefined
  scale: ScaleLevel[]
  goals: BusinessGoal[]
  /** The id of the list of certification names the field suggests. */
  certificationListId: string
}) {
  const { role, skill, requirement, scale, goals, certificationListId } = props
  const { db } = useCurrentWorkspace()
  const stored = {
    level: requirement ? String(requirement.requiredLevel) : '',
    source: requirement?.demandSource ?? 'role',
    goalId: requirement?.businessGoalId ?? '',
    certification: requirement?.certification ?? '',
  }
  const [draft, setDraft] = useState(stored)
  const [error, setError] = useState<string | null>(null)
  const [isSaving, setIsSaving] = useState(false)
  const levelSelect = useRef<HTMLSelectElement>(null)
  // When the stored requirement changes (this row saved, or another window did), start again from it.
  const storedKey = JSON.stringify(stored)
  const [seenKey, setSeenKey] = useState(storedKey)
  if (seenKey !== storedKey) {
    setSeenKey(storedKey)
    setDraft(stored)
    setError(null)
  }
  const isRequired = draft.level !== ''
  const isChanged =
    draft.level !== stored.level ||
    (isRequired &&
      (draft.source !== stored.source ||
        draft.certification.trim() !== stored.certification ||
        (draft.source === 'business-goal' && draft.goalId !== stored.goalId)))
  const errorId = `requirement-error-${skill.id}`

  const save = async (): Promise<void> => {
    if (isRequired && draft.source === 'business-goal' && !draft.goalId) {
      setError('Choose the business goal.')
      return
    }
    setIsSaving(true)
    try {
      await setRoleRequirement(db, role.id, skill.id, isRequired ? Number(draft.level) : null, {
        demandSource: draft.source,
        businessGoalId: draft.goalId || null,
        certification: draft.certification,
      })
      // The Save button goes once the row matches what is stored: keep the keyboard in the row.
      levelSelect.current?.focus()
      const certification = draft.certification.trim()
      notify(
        'success',
        isRequired
          ? `${role.name} now requires ${skill.name} at level ${draft.level}${
              certification ? `, with a valid ${certification}` : ''
            }.`
          : `${role.name} no longer requires ${skill.name}.`,
      )
    } catch (failure) {
      setError(describeError(failure))
    } finally {
      setIsSaving(false)
    }
  }

  return (
    <tr className={isRequired ? 'is-required' : undefined}>
      <th scope="row">
        {skill.name}
        {skill.isCritical ? <span className="badge skill-critical">Critical</span> : null}
      </th>
      <td>
        <select
          ref={levelSelect}
          aria-label={`Required level for ${skill.name}`}
          value={draft.level}
          onChange={(event) => setDraft({ ...draft, level: event.target.value })}
        >
          <option value="">Not required</option>
          {scale.map((level) => (
            <option key={level.level} value={String(level.level)}>
              {formatLevel(level)}
            </option>
          ))}
        </select>
      </td>
      <td>
        {isRequired ? (
          <div className="demand-fields">
            <select
              aria-label={`Demand source for ${skill.name}`}
              value={draft.source}
              onChange={(event) =>
                setDraft({ ...draft, source: DemandSource.parse(event.target.value) })
              }
            >
              {DemandSource.options.map((source) => (
                <option key={source} value={source}>
                  {demandSourceLabels[source]}
                </option>
              ))}
            </select>
            {draft.source === 'business-goal' ? (
              <select
                aria-label={`Business goal behind ${skill.name}`}
                value={draft.goalId}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                onChange={(event) => setDraft({ ...draft, goalId: event.target.value })}
              >
                <option value="">
                  {goals.length === 0 ? 'No business goals yet' : 'Choose a goal…'}
                </option>
                {goals.map((goal) => (
                  <option key={goal.id} value={goal.id}>
                    {goal.title}
                  </option>
                ))}
              </select>
            ) : null}
          </div>
        ) : null}
        {error ? (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </td>
      <td>
        {isRequired ? (
          <input
            type="text"
            className="requirement-certification"
            aria-label={`Certification needed for ${skill.name}`}
            placeholder="None"
            maxLength={200}
            list={certificationListId}
            value={draft.certification}
            onChange={(event) => setDraft({ ...draft, certification: event.target.value })}
          />
        ) : null}
      </td>
      <td className="numeric">
        {isChanged ? (
          <button
            type="button"
            className="button button-primary requirement-save"
            aria-label={`Save the requirement for ${skill.name}`}
            disabled={isSaving}
            onClick={() => void save()}
          >
            Save
          </button>
        ) : null}
      </td>
    </tr>
  )
}
