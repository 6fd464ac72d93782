import { useLiveQuery } from 'dexie-react-hooks'
import { findSkillProblem, parseTags } from '../../../../shared/domain/skills/validation'
import type { Skill } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { saveSkill } from '../../db/repositories/skills'
import { notify } from '../../ui/toast-store'
import {
  bindText,
  CheckboxField,
  DialogForm,
  FormDialog,
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
    <FormDialog
      title={skill ? `Edit ${skill.name}` : 'Add a skill'}
      isOpen={isOpen}
      onClose={onClose}
      isWide
    >
      <SkillForm skill={skill} defaultCategoryId={defaultCategoryId ?? ''} onClose={onClose} />
    </FormDialog>
  )
}

function SkillForm(props: { skill: Skill | null; defaultCategoryId: string; onClose: () => void }) {
  const { skill, defaultCategoryId, onClose } = props
  const { db } = useCurrentWorkspace()
  const categories = useLiveQuery(() => db.skillCategories.orderBy('order').toArray(), [db], [])
  const scale = useScaleLevels()
  const form = useForm<Draft, 'name' | 'minExperts' | 'tags' | 'categoryId' | 'description'>({
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
        <TextField {...bindText(form, 'name')} label="Name" autoFocus maxLength={160} />
        <SelectField
          {...bindText(form, 'categoryId')}
          label="Category"
          options={categories.map((category) => ({ value: category.id, label: category.name }))}
        />
        <TextAreaField
          {...bindText(form, 'description')}
          label="Description"
          isWide
          maxLength={4000}
        />
        <TextField
          {...bindText(form, 'tags')}
          label="Tags"
          placeholder="quality, roastery"
          hint="Separate tags with commas."
        />
        <NumberField
          {...bindText(form, 'minExperts')}
          label="Minimum experts"
          min={0}
          step={1}
          hint="How many people the business wants at or above the required level."
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
