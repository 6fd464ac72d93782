import { useLiveQuery } from 'dexie-react-hooks'
import { findMergeProblem } from '../../../../shared/domain/skills/validation'
import type { Skill, SkillCategory } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { Modal } from '../../ui/Modal'
import { DialogForm, Field, useForm, type FieldFrame } from '../../ui/form'
import { describeError } from '../../ui/format'
import { confirmMergeSkills } from './skill-actions'
import { formatCount } from './skill-text'
import { countSkillUse, describeSkillRecords } from './skill-use'

type Draft = { keptId: string; duplicateId: string }

export function MergeSkillsDialog(props: { isOpen: boolean; onClose: () => void }) {
  const { isOpen, onClose } = props
  return (
    <Modal title="Merge duplicate skills" isOpen={isOpen} onClose={onClose}>
      <MergeSkillsForm onClose={onClose} />
    </Modal>
  )
}

/** A skill picker grouped by category, as the catalogue shows them. */
function SkillSelect(
  props: FieldFrame & {
    value: string
    onChange: (value: string) => void
    categories: SkillCategory[]
    skills: Skill[]
  },
) {
  const { value, onChange, categories, skills, ...frame } = props
  return (
    <Field {...frame}>
      {(aria) => (
        <select {...aria} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">Choose a skill…</option>
          {categories.map((category) => (
            <optgroup key={category.id} label={category.name}>
              {skills
                .filter((skill) => skill.categoryId === category.id)
                .map((skill) => (
                  <option key={skill.id} value={skill.id}>
                    {skill.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  )
}

function MergeSkillsForm(props: { onClose: () => void }) {
  const { onClose } = props
  const { db } = useCurrentWorkspace()
  const catalogue = useLiveQuery(async () => {
    const [categories, skills] = await Promise.all([
      db.skillCategories.orderBy('order').toArray(),
      db.skills.toArray(),
    ])
    return { categories, skills: skills.sort((a, b) => a.name.localeCompare(b.name)) }
  }, [db])
  const form = useForm<Draft, keyof Draft>({
    idPrefix: 'merge',
    initial: { keptId: '', duplicateId: '' },
    check: findMergeProblem,
    save: async ({ keptId, duplicateId }) => {
      const kept = catalogue?.skills.find((skill) => skill.id === keptId)
      const duplicate = catalogue?.skills.find((skill) => skill.id === duplicateId)
      // Deleted elsewhere while the dialog was open.
      if (!kept || !duplicate) throw new Error('One of the two skills is no longer there.')
      let isMerged = false
      try {
        isMerged = await confirmMergeSkills(db, kept, duplicate)
      } catch (failure) {
        throw new Error(`Nothing was merged: ${describeError(failure)}`)
      }
      if (isMerged) onClose()
    },
  })
  const { draft, set } = form
  const use = useLiveQuery(
    () => (draft.duplicateId ? countSkillUse(db, draft.duplicateId) : undefined),
    [db, draft.duplicateId],
  )
  const kept = catalogue?.skills.find((skill) => skill.id === draft.keptId)
  const duplicate = catalogue?.skills.find((skill) => skill.id === draft.duplicateId)

  if (!catalogue) return <p className="muted">Loading skills…</p>
  return (
    <DialogForm
      form={form}
      submitLabel="Merge skills…"
      // It asks to confirm first; "Merging…" would be wrong while the question is open.
      busyLabel="Merge skills…"
      onCancel={onClose}
    >
      <p className="muted">
        When the same skill was entered twice under different names, merge the two: nothing recorded
        against the duplicate is lost.
      </p>
      <SkillSelect
        {...form.field('keptId')}
        {...catalogue}
        label="Skill to keep"
        value={draft.keptId}
        onChange={(value) => set('keptId', value)}
      />
      <SkillSelect
        {...form.field('duplicateId')}
        {...catalogue}
        label="Duplicate to merge into it"
        value={draft.duplicateId}
        onChange={(value) => set('duplicateId', value)}
      />
      {duplicate && use ? (
        <div className="merge-summary" aria-live="polite">
          <p>
            {describeSkillRecords(use)} move from “{duplicate.name}” to{' '}
            {kept ? `“${kept.name}”` : 'the kept skill'}
            {use.links > 0
              ? `, and ${formatCount(use.links, 'other record')} that name it are re-pointed`
              : ''}
            . Where both skills have a level for the same role or person, the higher one stays. Then
            “{duplicate.name}” is deleted.
          </p>
        </div>
      ) : null}
    </DialogForm>
  )
}
