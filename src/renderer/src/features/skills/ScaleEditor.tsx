import { useLiveQuery } from 'dexie-react-hooks'
import { Minus, Plus } from 'lucide-react'
import { useState, type FormEvent } from 'react'
import { findScaleLabelProblems } from '../../../../shared/domain/skills/validation'
import type { ScaleLevel } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { saveScale } from '../../db/repositories/skill-structure'
import { FieldError, TextAreaField, TextField } from '../../ui/form'
import { describeError } from '../../ui/format'
import { notify } from '../../ui/toast-store'

/** The most levels a scale may have (the model's level runs 0-10). */
const maxLevel = 10

export function ScaleEditor() {
  const { db } = useCurrentWorkspace()
  const stored = useLiveQuery(() => db.scaleLevels.orderBy('level').toArray(), [db])
  if (!stored) return <p className="muted">Loading the scale…</p>
  // A new key after each save (or a change elsewhere) starts the form again from what is stored.
  return <ScaleForm key={JSON.stringify(stored)} stored={stored} />
}

function ScaleForm(props: { stored: ScaleLevel[] }) {
  const { stored } = props
  const { db } = useCurrentWorkspace()
  const [levels, setLevels] = useState(stored)
  const [problems, setProblems] = useState(new Map<number, string>())
  const [error, setError] = useState<string | null>(null)
  const isChanged = JSON.stringify(levels) !== JSON.stringify(stored)
  const top = levels[levels.length - 1]

  const change = (level: number, changes: Partial<ScaleLevel>): void =>
    setLevels((current) =>
      current.map((item) => (item.level === level ? { ...item, ...changes } : item)),
    )

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    const found = findScaleLabelProblems(levels)
    setProblems(found)
    if (found.size > 0) {
      setError('The scale was not saved: every level needs its own label.')
      const [first] = found.keys()
      requestAnimationFrame(() => document.getElementById(`scale-label-${first}`)?.focus())
      return
    }
    setError(null)
    try {
      await saveScale(db, levels)
      notify('success', 'Saved the level scale.')
    } catch (failure) {
      setError(`The scale was not saved: ${describeError(failure)}`)
    }
  }

  return (
    <form className="scale-form" onSubmit={(event) => void submit(event)} noValidate>
      <p className="muted">
        Every assessment and requirement uses these levels. Write down what each one looks like in
        practice, so that two managers rating the same work give the same level. A skill can add its
        own wording in the catalogue.
      </p>
      <ol className="scale-list">
        {levels.map((level) => (
          <li key={level.level}>
            <fieldset className="scale-level">
              <legend className="scale-level-number">Level {level.level}</legend>
              <TextField
                id={`scale-label-${level.level}`}
                label="Label"
                maxLength={60}
                error={problems.get(level.level)}
                value={level.label}
                onChange={(value) => change(level.level, { label: value })}
              />
              <TextAreaField
                id={`scale-descriptor-${level.level}`}
                label="Descriptor"
                rows={2}
                maxLength={2000}
                value={level.descriptor}
                onChange={(value) => change(level.level, { descriptor: value })}
              />
            </fieldset>
          </li>
        ))}
      </ol>
      {error ? <FieldError text={error} /> : null}
      <div className="row scale-actions">
        <button
          type="button"
          className="button"
          disabled={!top || top.level >= maxLevel}
          onClick={() =>
            setLevels([...levels, { level: (top?.level ?? -1) + 1, label: '', descriptor: '' }])
          }
        >
          <Plus size={16} aria-hidden /> Add level {(top?.level ?? -1) + 1}
        </button>
        <button
          type="button"
          className="button"
          disabled={levels.length <= 2}
          onClick={() => setLevels(levels.slice(0, -1))}
        >
          <Minus size={16} aria-hidden /> Remove level {top?.level}
        </button>
        <div className="toolbar-spacer" />
        <button
          type="button"
          className="button"
          disabled={!isChanged}
          onClick={() => {
            setLevels(stored)
            setProblems(new Map())
            setError(null)
          }}
        >
          Discard changes
        </button>
        <button type="submit" className="button button-primary" disabled={!isChanged}>
          Save scale
        </button>
      </div>
    </form>
  )
}
