import { findRequirementReasonProblem } from '../../../../shared/domain/skills/record-drafts'
import type { Requirement } from '../../../../shared/domain/skills'
import type { ScaleLevel } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { setPersonRequirement } from '../../db/repositories/skill-structure'
import { DialogForm, SelectField, TextField, formatLevel, useForm } from '../../ui/form'
import { notify } from '../../ui/toast-store'
import type { CellTarget } from './CellDetailDialog'

const roleDefault = 'role'

type Draft = { level: string; reason: string }

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
  const form = useForm<Draft, keyof Draft>({
    idPrefix: 'person-requirement',
    initial: { level: isOverride ? String(requirement.requiredLevel) : roleDefault, reason: '' },
    check: (draft) => findRequirementReasonProblem(draft.reason),
    save: async (draft) => {
      await setPersonRequirement(db, {
        personId: target.personId,
        skillId: target.skillId,
        level: draft.level === roleDefault ? null : Number(draft.level),
        reason: draft.reason,
      })
      onChanged()
      notify('success', `Saved what ${target.personName} needs in ${target.skillName}.`)
    },
  })
  const { draft, set } = form

  return (
    <DialogForm form={form} className="record-form" submitLabel="Save requirement">
      <h3>Required for {target.personName}</h3>
      <div className="form-grid">
        <SelectField
          {...form.field('level')}
          label="Required level"
          value={draft.level}
          options={[
            {
              value: roleDefault,
              label:
                roleLevel === undefined
                  ? 'As their role says (not required)'
                  : `As their role says (${roleLevel})`,
            },
            ...scale.map((step) => ({ value: String(step.level), label: formatLevel(step) })),
          ]}
          onChange={(value) => set('level', value)}
        />
        <TextField
          {...form.field('reason')}
          label="Why"
          value={draft.reason}
          maxLength={1000}
          placeholder="e.g. covers the night shift alone"
          onChange={(value) => set('reason', value)}
        />
      </div>
    </DialogForm>
  )
}
