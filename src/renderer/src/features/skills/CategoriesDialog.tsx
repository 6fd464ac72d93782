import { useLiveQuery } from 'dexie-react-hooks'
import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import { findCategoryProblem } from '../../../../shared/domain/skills/validation'
import type { SkillCategory } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { deleteCategory, moveCategory, saveCategory } from '../../db/repositories/skill-structure'
import { Modal } from '../../ui/Modal'
import { AddRowForm, FieldError } from '../../ui/form'
import { describeError } from '../../ui/format'
import { notify } from '../../ui/toast-store'
import { formatCount } from './skill-text'
import { IconButton } from '../../ui/IconButton'

export function CategoriesDialog(props: { isOpen: boolean; onClose: () => void }) {
  const { isOpen, onClose } = props
  return (
    <Modal
      title="Skill categories"
      isOpen={isOpen}
      onClose={onClose}
      footer={
        <button type="button" className="button" onClick={onClose}>
          Done
        </button>
      }
    >
      <CategoriesEditor />
    </Modal>
  )
}

function CategoriesEditor() {
  const { db } = useCurrentWorkspace()
  const categories = useLiveQuery(() => db.skillCategories.orderBy('order').toArray(), [db], [])
  const skillKeys = useLiveQuery(() => db.skills.orderBy('categoryId').keys(), [db], [])
  const [error, setError] = useState<string | null>(null)
  const movedButtonId = useRef<string | null>(null)
  const countSkills = (category: SkillCategory) =>
    skillKeys.filter((key) => key === category.id).length

  // Every change reports here, so a refusal is read out next to the list it concerns.
  const attempt = async (change: () => Promise<unknown>, success?: string): Promise<boolean> => {
    try {
      await change()
      setError(null)
      if (success) notify('success', success)
      return true
    } catch (failure) {
      setError(describeError(failure))
      return false
    }
  }

  // A moved row is re-inserted into the list, which drops keyboard focus: put it back.
  useEffect(() => {
    const id = movedButtonId.current
    if (!id) return
    movedButtonId.current = null
    const button = document.getElementById(id)
    const isStuck = button instanceof HTMLButtonElement && button.disabled
    const other = id.endsWith('-up') ? id.replace(/-up$/, '-down') : id.replace(/-down$/, '-up')
    ;(isStuck ? document.getElementById(other) : button)?.focus()
  }, [categories])

  const move = (category: SkillCategory, direction: 'up' | 'down'): void => {
    movedButtonId.current = `category-${category.id}-${direction}`
    void attempt(() => moveCategory(db, category.id, direction))
  }

  const rename = (category: SkillCategory, input: HTMLInputElement): void => {
    const name = input.value.trim()
    if (name === category.name) return
    if (!name) {
      input.value = category.name
      setError('A category needs a name; the old one was kept.')
      return
    }
    void attempt(() => saveCategory(db, { ...category, name })).then((isSaved) => {
      if (!isSaved) input.value = category.name
    })
  }

  return (
    <div className="categories-editor">
      <p className="muted">The catalogue lists categories in this order.</p>
      <ol className="category-list" aria-label="Categories">
        {categories.map((category, index) => (
          <li key={category.id} className="category-row">
            <input
              id={`category-${category.id}-name`}
              aria-label={`Name of the category ${category.name}`}
              defaultValue={category.name}
              maxLength={120}
              onBlur={(event) => rename(category, event.target)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault()
                  rename(category, event.currentTarget)
                }
              }}
            />
            <span className="muted category-count">
              {formatCount(countSkills(category), 'skill')}
            </span>
            <IconButton
              label={`Move ${category.name} up`}
              icon={ArrowUp}
              id={`category-${category.id}-up`}
              disabled={index === 0}
              onClick={() => move(category, 'up')}
            />
            <IconButton
              label={`Move ${category.name} down`}
              icon={ArrowDown}
              id={`category-${category.id}-down`}
              disabled={index === categories.length - 1}
              onClick={() => move(category, 'down')}
            />
            <IconButton
              label={`Delete ${category.name}`}
              icon={Trash2}
              onClick={() =>
                void attempt(
                  () => deleteCategory(db, category.id),
                  `Deleted the category “${category.name}”.`,
                )
              }
            />
          </li>
        ))}
      </ol>
      {error ? <FieldError text={error} /> : null}
      <AddCategoryForm onAdded={() => setError(null)} />
    </div>
  )
}

function AddCategoryForm(props: { onAdded: () => void }) {
  const { db } = useCurrentWorkspace()
  return (
    <AddRowForm
      idPrefix="new-category"
      className="add-category"
      label="New category name"
      submitLabel="Add category"
      maxLength={120}
      check={findCategoryProblem}
      add={async (name) => {
        const saved = await saveCategory(db, { id: crypto.randomUUID(), name, order: 0 })
        notify('success', `Added the category “${saved.name}”.`)
        props.onAdded()
      }}
    />
  )
}
