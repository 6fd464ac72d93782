import { useLiveQuery } from 'dexie-react-hooks'
import { Briefcase, Plus, Trash2 } from 'lucide-react'
import { useState, type FormEvent } from 'react'
import type { BusinessGoal } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { deleteBusinessGoal, saveBusinessGoal } from '../../db/repositories/goals'
import { desktop } from '../../platform'
import { EmptyState } from '../../ui/EmptyState'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import { type GoalsData } from './use-goals-data'
import { describeError } from '../../ui/format'

/** Business goals and the skills (level, headcount) they need: the matrix's "business goal" demand. */
export function BusinessGoals(props: { data: GoalsData }) {
  const { data } = props
  const { db } = useCurrentWorkspace()
  const loaded = useLiveQuery(async () => {
    const [records, skills, scale, requirements, overrides] = await Promise.all([
      db.businessGoals.toArray(),
      db.skills.toArray(),
      db.scaleLevels.orderBy('level').toArray(),
      db.roleRequirements.toArray(),
      db.requirementOverrides.toArray(),
    ])
    return { records, skills, scale, requirements, overrides }
  }, [db])
  const [editing, setEditing] = useState<{ record: BusinessGoal | null } | null>(null)
  if (!loaded) return <p className="muted">Loading business goals…</p>
  const skillName = new Map(loaded.skills.map((skill) => [skill.id, skill.name]))
  const levelName = new Map(loaded.scale.map((level) => [level.level, level.label]))
  const usedBy = (id: string): number =>
    loaded.requirements.filter((r) => r.businessGoalId === id).length +
    loaded.overrides.filter((r) => r.businessGoalId === id).length

  const remove = async (record: BusinessGoal): Promise<void> => {
    const { isConfirmed } = await desktop.confirm({
      title: 'Delete business goal',
      message: `Delete “${record.title}”?`,
      detail: 'The skills it names stop counting as business-goal demand.',
      confirmLabel: 'Delete',
      isDestructive: true,
    })
    if (!isConfirmed) return
    try {
      await deleteBusinessGoal(db, record.id)
      notify('success', `Deleted “${record.title}”.`)
    } catch (error) {
      notify('error', describeError(error))
    }
  }

  return (
    <div className="business-goals">
      <div className="toolbar">
        <p className="muted business-goals-intro">
          What the business is aiming at and the skills it will take. The skills matrix counts
          required levels that name a business goal as their reason under the “business goal” source
          of demand.
        </p>
        <div className="toolbar-spacer" />
        <button
          type="button"
          className="button button-primary"
          onClick={() => setEditing({ record: null })}
        >
          <Plus size={16} aria-hidden /> Add business goal
        </button>
      </div>
      {loaded.records.length === 0 ? (
        <EmptyState icon={Briefcase} title="No business goals yet">
          <p>
            Add what next year’s targets need, such as “Open a second café”, and name the skills and
            levels it takes.
          </p>
        </EmptyState>
      ) : (
        <table className="data-table business-goal-table">
          <thead>
            <tr>
              <th scope="col">Business goal</th>
              <th scope="col">Horizon</th>
              <th scope="col">Skills it needs</th>
              <th scope="col">Linked goal</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {loaded.records
              .sort((a, b) => a.title.localeCompare(b.title))
              .map((record) => {
                const linked = data.goals.find((goal) => goal.id === record.goalId)
                const used = usedBy(record.id)
                return (
                  <tr key={record.id}>
                    <th scope="row">
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => setEditing({ record })}
                      >
                        {record.title}
                      </button>
                      {record.description ? (
                        <span className="business-goal-description muted">
                          {record.description}
                        </span>
                      ) : null}
                      {used > 0 ? (
                        <span className="business-goal-description muted">
                          Reason for {used} required {used === 1 ? 'level' : 'levels'} in the matrix
                        </span>
                      ) : null}
                    </th>
                    <td>{record.horizon || '—'}</td>
                    <td>
                      {record.skillNeeds.length === 0 ? (
                        <span className="muted">None named yet</span>
                      ) : (
                        <ul className="business-goal-skills">
                          {record.skillNeeds.map((need) => (
                            <li key={need.skillId}>
                              {skillName.get(need.skillId) ?? 'A removed skill'} at {need.level}
                              {levelName.get(need.level) ? ` (${levelName.get(need.level)})` : ''}
                              {need.headcount > 1 ? ` × ${need.headcount} people` : ''}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td>{linked ? `${linked.period}: ${linked.title}` : '—'}</td>
                    <td>
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={`Delete ${record.title}`}
                        onClick={() => void remove(record)}
                      >
                        <Trash2 size={16} aria-hidden />
                      </button>
                    </td>
                  </tr>
                )
              })}
          </tbody>
        </table>
      )}
      <Modal
        title={editing?.record ? `Edit “${editing.record.title}”` : 'Add a business goal'}
        isOpen={editing !== null}
        onClose={() => setEditing(null)}
        isWide
      >
        {editing ? (
          <BusinessGoalForm
            record={editing.record}
            data={data}
            skills={loaded.skills.sort((a, b) => a.name.localeCompare(b.name))}
            scale={loaded.scale}
            onClose={() => setEditing(null)}
          />
        ) : null}
      </Modal>
    </div>
  )
}

type NeedDraft = { key: string; skillId: string; level: string; headcount: string }

function BusinessGoalForm(props: {
  record: BusinessGoal | null
  data: GoalsData
  skills: Array<{ id: string; name: string }>
  scale: Array<{ level: number; label: string }>
  onClose: () => void
}) {
  const { record, data, skills, scale, onClose } = props
  const { db } = useCurrentWorkspace()
  const [title, setTitle] = useState(record?.title ?? '')
  const [description, setDescription] = useState(record?.description ?? '')
  const [horizon, setHorizon] = useState(record?.horizon ?? '')
  const [goalId, setGoalId] = useState(record?.goalId ?? '')
  const [needs, setNeeds] = useState<NeedDraft[]>(
    () =>
      record?.skillNeeds.map((need) => ({
        key: crypto.randomUUID(),
        skillId: need.skillId,
        level: String(need.level),
        headcount: String(need.headcount),
      })) ?? [],
  )
  const [error, setError] = useState<{ field: string; text: string } | null>(null)
  const topLevel = Math.max(...scale.map((level) => level.level), 4)
  const setNeed = (index: number, changes: Partial<NeedDraft>): void =>
    setNeeds((current) => current.map((need, i) => (i === index ? { ...need, ...changes } : need)))

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    if (!title.trim())
      return setError({ field: 'bg-title', text: 'Give the business goal a title.' })
    const skillNeeds = []
    for (const [index, need] of needs.entries()) {
      if (!need.skillId)
        return setError({
          field: `need-${index}-skill`,
          text: `Line ${index + 1}: choose a skill.`,
        })
      const headcount = Number(need.headcount)
      if (!Number.isInteger(headcount) || headcount < 1)
        return setError({
          field: `need-${index}-headcount`,
          text: `Line ${index + 1}: the number of people is a whole number, 1 or more.`,
        })
      skillNeeds.push({ skillId: need.skillId, level: Number(need.level), headcount })
    }
    try {
      const saved = await saveBusinessGoal(db, {
        id: record?.id ?? crypto.randomUUID(),
        title: title.trim(),
        description: description.trim(),
        horizon: horizon.trim(),
        goalId: goalId || null,
        skillNeeds,
      })
      notify(
        'success',
        record ? `Saved “${saved.title}”.` : `Added the business goal “${saved.title}”.`,
      )
      onClose()
    } catch (failure) {
      setError({ field: 'form', text: describeError(failure) })
    }
  }
  const invalid = (field: string) =>
    error?.field === field ? { 'aria-invalid': true as const, 'aria-describedby': 'bg-error' } : {}

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <div className="form-grid">
        <div className="field field-wide">
          <label htmlFor="bg-title">Business goal</label>
          <input
            id="bg-title"
            value={title}
            autoFocus
            maxLength={300}
            onChange={(event) => setTitle(event.target.value)}
            {...invalid('bg-title')}
          />
        </div>
        <div className="field field-wide">
          <label htmlFor="bg-description">Description</label>
          <textarea
            id="bg-description"
            rows={2}
            maxLength={4000}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="bg-horizon">Horizon</label>
          <input
            id="bg-horizon"
            value={horizon}
            maxLength={40}
            placeholder="2027"
            onChange={(event) => setHorizon(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="bg-goal">Linked company goal</label>
          <select id="bg-goal" value={goalId} onChange={(event) => setGoalId(event.target.value)}>
            <option value="">None</option>
            {data.goals
              .filter((goal) => goal.level === 'company' || goal.id === goalId)
              .sort((a, b) => b.period.localeCompare(a.period) || a.title.localeCompare(b.title))
              .map((goal) => (
                <option key={goal.id} value={goal.id}>
                  {goal.period}: {goal.title}
                </option>
              ))}
          </select>
        </div>
      </div>
      <fieldset className="goal-krs">
        <legend>Skills it needs</legend>
        {needs.length === 0 ? (
          <p className="muted">Name each skill, the level it takes and how many people need it.</p>
        ) : null}
        {needs.map((need, index) => (
          <div
            key={need.key}
            className="business-need-row"
            role="group"
            aria-label={`Skill need ${index + 1}`}
          >
            <div className="field">
              <label htmlFor={`need-${index}-skill`}>Skill</label>
              <select
                id={`need-${index}-skill`}
                value={need.skillId}
                onChange={(event) => setNeed(index, { skillId: event.target.value })}
                {...invalid(`need-${index}-skill`)}
              >
                <option value="">Choose a skill</option>
                {skills.map((skill) => (
                  <option key={skill.id} value={skill.id}>
                    {skill.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`need-${index}-level`}>Required level</label>
              <select
                id={`need-${index}-level`}
                value={need.level}
                onChange={(event) => setNeed(index, { level: event.target.value })}
              >
                {Array.from({ length: topLevel }, (_, i) => i + 1).map((level) => (
                  <option key={level} value={level}>
                    {level}
                    {scale.find((entry) => entry.level === level)
                      ? ` — ${scale.find((entry) => entry.level === level)!.label}`
                      : ''}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`need-${index}-headcount`}>People</label>
              <input
                id={`need-${index}-headcount`}
                inputMode="numeric"
                value={need.headcount}
                onChange={(event) => setNeed(index, { headcount: event.target.value })}
                {...invalid(`need-${index}-headcount`)}
              />
            </div>
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove skill need ${index + 1}`}
              onClick={() => setNeeds((current) => current.filter((_, i) => i !== index))}
            >
              <Trash2 size={16} aria-hidden />
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() =>
            setNeeds((current) => [
              ...current,
              { key: crypto.randomUUID(), skillId: '', level: '3', headcount: '1' },
            ])
          }
        >
          <Plus size={16} aria-hidden /> Add a skill
        </button>
      </fieldset>
      {error ? (
        <p id="bg-error" className="field-error" role="alert">
          {error.text}
        </p>
      ) : null}
      <div className="modal-footer">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button-primary">
          {record ? 'Save business goal' : 'Add business goal'}
        </button>
      </div>
    </form>
  )
}
