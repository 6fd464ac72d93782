import { useLiveQuery } from 'dexie-react-hooks'
import { useState, type FormEvent } from 'react'
import type { Skill } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { saveSkill } from '../../db/repositories/skills'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import { formatLevel, parseTags } from './skill-text'
import { describeError } from '../../ui/format'

type Draft = Omit<Skill, 'tags' | 'minExperts'> & { tags: string; minExperts: string }
type Problem = { field: 'name' | 'minExperts' | 'tags' | 'form'; text: string }

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

function findProblem(draft: Draft): Problem | null {
  if (!draft.name.trim()) return { field: 'name', text: 'Give the skill a name.' }
  if (!/^\d+$/.test(draft.minExperts.trim())) {
    return {
      field: 'minExperts',
      text: 'The minimum number of experts is a whole number, 0 or more.',
    }
  }
  const longTag = parseTags(draft.tags).find((tag) => tag.length > 60)
  if (longTag) return { field: 'tags', text: `The tag “${longTag}” is longer than 60 characters.` }
  return null
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
  const [draft, setDraft] = useState<Draft>(() => toDraft(skill, defaultCategoryId))
  const [problem, setProblem] = useState<Problem | null>(null)
  const categories = useLiveQuery(() => db.skillCategories.orderBy('order').toArray(), [db], [])
  const scale = useLiveQuery(() => db.scaleLevels.orderBy('level').toArray(), [db], [])

  const set = <K extends keyof Draft>(key: K, value: Draft[K]): void =>
    setDraft((current) => ({ ...current, [key]: value }))
  const invalid = (field: Problem['field']) =>
    problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': 'skill-error' } : {}

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    const found = findProblem(draft)
    setProblem(found)
    if (found) return
    try {
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
    } catch (failure) {
      const text = describeError(failure)
      setProblem({ field: /skill called/.test(text) ? 'name' : 'form', text })
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="skill-name">Name</label>
          <input
            id="skill-name"
            value={draft.name}
            autoFocus
            maxLength={160}
            onChange={(event) => set('name', event.target.value)}
            {...invalid('name')}
          />
        </div>
        <div className="field">
          <label htmlFor="skill-category">Category</label>
          <select
            id="skill-category"
            value={draft.categoryId}
            onChange={(event) => set('categoryId', event.target.value)}
          >
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-wide">
          <label htmlFor="skill-description">Description</label>
          <textarea
            id="skill-description"
            rows={3}
            value={draft.description}
            maxLength={4000}
            onChange={(event) => set('description', event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="skill-tags">Tags</label>
          <input
            id="skill-tags"
            value={draft.tags}
            placeholder="quality, roastery"
            aria-describedby="skill-tags-hint"
            onChange={(event) => set('tags', event.target.value)}
            {...invalid('tags')}
          />
          <span id="skill-tags-hint" className="skill-hint">
            Separate tags with commas.
          </span>
        </div>
        <div className="field">
          <label htmlFor="skill-min-experts">Minimum experts</label>
          <input
            id="skill-min-experts"
            type="number"
            min={0}
            step={1}
            value={draft.minExperts}
            aria-describedby="skill-min-experts-hint"
            onChange={(event) => set('minExperts', event.target.value)}
            {...invalid('minExperts')}
          />
          <span id="skill-min-experts-hint" className="skill-hint">
            How many people the business wants at or above the required level.
          </span>
        </div>
        <label className="checkbox field-wide">
          <input
            type="checkbox"
            checked={draft.isCritical}
            onChange={(event) => set('isCritical', event.target.checked)}
          />
          Critical to the business: losing it would stop work
        </label>
      </div>
      <fieldset className="skill-descriptors">
        <legend>What each level means for this skill</legend>
        <p className="skill-hint">
          Optional. Leave a level blank to use the scale’s own wording, shown in grey.
        </p>
        {scale.map((level) => (
          <div className="field" key={level.level}>
            <label htmlFor={`skill-level-${level.level}`}>Level {formatLevel(level)}</label>
            <textarea
              id={`skill-level-${level.level}`}
              rows={2}
              maxLength={2000}
              placeholder={level.descriptor}
              value={draft.levelDescriptors[String(level.level)] ?? ''}
              onChange={(event) =>
                set('levelDescriptors', {
                  ...draft.levelDescriptors,
                  [String(level.level)]: event.target.value,
                })
              }
            />
          </div>
        ))}
      </fieldset>
      {problem ? (
        <p id="skill-error" className="field-error" role="alert">
          {problem.text}
        </p>
      ) : null}
      <div className="modal-footer">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button-primary">
          {skill ? 'Save changes' : 'Add skill'}
        </button>
      </div>
    </form>
  )
}
