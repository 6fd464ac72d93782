import { useLiveQuery } from 'dexie-react-hooks'
import { findSkillProblem, parseTags } from '../../../../shared/domain/skills/validation'
import type { Skill } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { saveSkill } from '../../db/repositories/skills'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import {
  CheckboxField,
  DialogForm,
  NumberField,
  SelectField,
  TextAreaField,
  TextField,
  formatLevel,
  useForm,
  useScaleLevels,
} from '../../ui/form'

type Draft = Omit<Skill, 'tags' | 'minExperts'> & { tags: string; minExperts: string }

function toDraft(skill: Skill | null, categoryId: string): Draft {
  const base: Skill = skill ?? {
    id: crypto.randomUUID(),
    name: '',
    categoryId,
    description: '',
    tags: [],
    isCritical: false,
    minExperts: 1,
    levelDescriptors: {},
  }
  return { ...base, tags: base.tags.join(', '), minExperts: String(base.minExperts) }
}

export function SkillFormDialog(props: {
  isOpen: boolean
  onClose: () => void
  skill: Skill | null
  defaultCategoryId: string | undefined
}) {
  const { isOpen, onClose, skill, defaultCategoryId } = props
  return (
    <Modal
      title={skill ? `Edit ${skill.name}` : 'Add a skill'}
      isOpen={isOpen}
      onClose={onClose}
      isWide
    >
      {/* Mounted only while open, so every opening starts from the stored record. */}
      <SkillForm skill={skill} defaultCategoryId={defaultCategoryId ?? ''} onClose={onClose} />
    </Modal>
  )
}

function SkillForm(props: { skill: Skill | null; defaultCategoryId: string; onClose: () => void }) {
  const { skill, defaultCategoryId, onClose } = props
  const { db } = useCurrentWorkspace()
  const categories = useLiveQuery(() => db.skillCategories.orderBy('order').toArray(), [db], [])
  const scale = useScaleLevels()
  const form = useForm<Draft, 'name' | 'minExperts' | 'tags'>({
    idPrefix: 'skill',
    initial: () => toDraft(skill, defaultCategoryId),
    check: findSkillProblem,
    fieldOfError: (text) => (/skill called/.test(text) ? 'name' : 'form'),
    save: async (draft) => {
      const saved = await saveSkill(db, {
        ...draft,
        tags: parseTags(draft.tags),
        minExperts: Number(draft.minExperts),
      })
      notify(
        'success',
        skill ? `Saved the skill “${saved.name}”.` : `Added the skill “${saved.name}”.`,
      )
      onClose()
    },
  })
  const { draft, set } = form

  return (
    <DialogForm form={form} submitLabel={skill ? 'Save changes' : 'Add skill'} onCancel={onClose}>
      <div className="form-grid">
        <TextField
          {...form.field('name')}
          label="Name"
          value={draft.name}
          autoFocus
          maxLength={160}
          onChange={(value) => set('name', value)}
        />
        <SelectField
          id="skill-category"
          label="Category"
          value={draft.categoryId}
          options={categories.map((category) => ({ value: category.id, label: category.name }))}
          onChange={(value) => set('categoryId', value)}
        />
        <TextAreaField
          id="skill-description"
          label="Description"
          isWide
          value={draft.description}
          maxLength={4000}
          onChange={(value) => set('description', value)}
        />
        <TextField
          {...form.field('tags')}
          label="Tags"
          value={draft.tags}
          placeholder="quality, roastery"
          hint="Separate tags with commas."
          onChange={(value) => set('tags', value)}
        />
        <NumberField
          {...form.field('minExperts')}
          label="Minimum experts"
          min={0}
          step={1}
          value={draft.minExperts}
          hint="How many people the business wants at or above the required level."
          onChange={(value) => set('minExperts', value)}
        />
        <CheckboxField
          isWide
          label="Critical to the business: losing it would stop work"
          checked={draft.isCritical}
          onChange={(checked) => set('isCritical', checked)}
        />
      </div>
      <fieldset className="skill-descriptors">
        <legend>What each level means for this skill</legend>
        <p className="skill-hint">
          Optional. Leave a level blank to use the scale’s own wording, shown in grey.
        </p>
        {scale.map((level) => (
          <TextAreaField
            key={level.level}
            id={`skill-level-${level.level}`}
            label={`Level ${formatLevel(level)}`}
            rows={2}
            maxLength={2000}
            placeholder={level.descriptor}
            value={draft.levelDescriptors[String(level.level)] ?? ''}
            onChange={(value) =>
              set('levelDescriptors', { ...draft.levelDescriptors, [String(level.level)]: value })
            }
          />
        ))}
      </fieldset>
    </DialogForm>
  )
}
