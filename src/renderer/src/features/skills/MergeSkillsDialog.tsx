import { useLiveQuery } from 'dexie-react-hooks'
import { useState, type FormEvent } from 'react'
import type { Skill, SkillCategory } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { Modal } from '../../ui/Modal'
import { confirmMergeSkills } from './skill-actions'
import { formatCount } from './skill-text'
import { countSkillUse, describeSkillRecords } from './skill-use'
import { describeError } from '../../ui/format'

export function MergeSkillsDialog(props: { isOpen: boolean; onClose: () => void }) {
  const { isOpen, onClose } = props
  return (
    <Modal title="Merge duplicate skills" isOpen={isOpen} onClose={onClose}>
      <MergeSkillsForm onClose={onClose} />
    </Modal>
  )
}

function SkillOptions(props: { categories: SkillCategory[]; skills: Skill[] }) {
  return (
    <>
      <option value="">Choose a skill…</option>
      {props.categories.map((category) => (
        <optgroup key={category.id} label={category.name}>
          {props.skills
            .filter((skill) => skill.categoryId === category.id)
            .map((skill) => (
              <option key={skill.id} value={skill.id}>
                {skill.name}
              </option>
            ))}
        </optgroup>
      ))}
    </>
  )
}

function MergeSkillsForm(props: { onClose: () => void }) {
  const { onClose } = props
  const { db } = useCurrentWorkspace()
  const [keptId, setKeptId] = useState('')
  const [duplicateId, setDuplicateId] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [isMerging, setIsMerging] = useState(false)
  const catalogue = useLiveQuery(async () => {
    const [categories, skills] = await Promise.all([
      db.skillCategories.orderBy('order').toArray(),
      db.skills.toArray(),
    ])
    return { categories, skills: skills.sort((a, b) => a.name.localeCompare(b.name)) }
  }, [db])
  const use = useLiveQuery(
    () => (duplicateId ? countSkillUse(db, duplicateId) : undefined),
    [db, duplicateId],
  )
  const kept = catalogue?.skills.find((skill) => skill.id === keptId)
  const duplicate = catalogue?.skills.find((skill) => skill.id === duplicateId)

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    if (!kept || !duplicate) {
      setError('Choose the skill to keep and its duplicate.')
      return
    }
    if (kept.id === duplicate.id) {
      setError('Choose two different skills.')
      return
    }
    setError(null)
    setIsMerging(true)
    try {
      if (await confirmMergeSkills(db, kept, duplicate)) onClose()
    } catch (failure) {
      setError(`Nothing was merged: ${describeError(failure)}`)
    } finally {
      setIsMerging(false)
    }
  }

  if (!catalogue) return <p className="muted">Loading skills…</p>
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <p className="muted">
        When the same skill was entered twice under different names, merge the two: nothing recorded
        against the duplicate is lost.
      </p>
      <div className="field">
        <label htmlFor="merge-kept">Skill to keep</label>
        <select id="merge-kept" value={keptId} onChange={(e) => setKeptId(e.target.value)}>
          <SkillOptions {...catalogue} />
        </select>
      </div>
      <div className="field">
        <label htmlFor="merge-duplicate">Duplicate to merge into it</label>
        <select
          id="merge-duplicate"
          value={duplicateId}
          onChange={(e) => setDuplicateId(e.target.value)}
        >
          <SkillOptions {...catalogue} />
        </select>
      </div>
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
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="modal-footer">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={isMerging}>
          Merge skills…
        </button>
      </div>
    </form>
  )
}
