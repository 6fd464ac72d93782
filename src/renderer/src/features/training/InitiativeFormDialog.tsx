import { useLiveQuery } from 'dexie-react-hooks'
import { Plus, X } from 'lucide-react'
import { useState, type FormEvent } from 'react'
import { formatLabels, providerLabels } from '../../../../shared/domain/training/labels'
import {
  defaultEvaluationAssumptions,
  LearningFormat,
  type TrainingInitiative,
} from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { saveInitiative } from '../../db/repositories/training'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import { parseAmount } from './use-training-data'
import { describeError } from '../../ui/format'

type Draft = Omit<TrainingInitiative, 'cost' | 'hours' | 'targetChange'> & {
  cost: string
  hours: string
  targetChange: string
}
type Field = 'title' | 'cost' | 'hours' | 'provider' | 'skills' | 'targetChange' | 'form'
type Problem = { field: Field; text: string }

function toDraft(initiative: TrainingInitiative | null): Draft {
  const base: TrainingInitiative = initiative ?? {
    id: crypto.randomUUID(),
    title: '',
    description: '',
    format: 'workshop',
    provider: { kind: 'internal', personId: null, name: '' },
    cost: 0,
    hours: 1,
    skillTargets: [],
    learningOutcome: '',
    kpiId: null,
    targetChange: null,
    measurementMethod: '',
    evaluationAssumptions: { ...defaultEvaluationAssumptions },
  }
  return {
    ...base,
    provider: { ...base.provider },
    skillTargets: base.skillTargets.map((t) => ({ ...t })),
    cost: String(base.cost),
    hours: String(base.hours),
    targetChange: base.targetChange === null ? '' : String(base.targetChange),
  }
}

function findProblem(draft: Draft): Problem | null {
  if (!draft.title.trim()) return { field: 'title', text: 'Give the initiative a title.' }
  if (parseAmount(draft.cost) === null)
    return { field: 'cost', text: 'The cost is a number, 0 or more (0 for free).' }
  if (parseAmount(draft.hours) === null)
    return { field: 'hours', text: 'The hours are a number, 0 or more.' }
  if (draft.provider.kind !== 'internal' && !draft.provider.name.trim())
    return { field: 'provider', text: 'Name the provider or the resource.' }
  const ids = draft.skillTargets.map((t) => t.skillId)
  if (ids.some((id) => !id)) return { field: 'skills', text: 'Choose a skill in every skill row.' }
  if (new Set(ids).size !== ids.length)
    return { field: 'skills', text: 'Each skill can be listed once.' }
  const change = draft.targetChange.trim().replace(',', '.')
  if (change !== '' && !Number.isFinite(Number(change)))
    return { field: 'targetChange', text: 'The target change is a number, such as -2 or 5.' }
  return null
}

export function InitiativeFormDialog(props: {
  initiative: TrainingInitiative | null
  isOpen: boolean
  onClose: () => void
}) {
  return (
    <Modal
      title={props.initiative ? `Edit ${props.initiative.title}` : 'Add an initiative'}
      isOpen={props.isOpen}
      onClose={props.onClose}
      isWide
    >
      <InitiativeForm initiative={props.initiative} onClose={props.onClose} />
    </Modal>
  )
}

function InitiativeForm(props: { initiative: TrainingInitiative | null; onClose: () => void }) {
  const { initiative, onClose } = props
  const { db } = useCurrentWorkspace()
  const [draft, setDraft] = useState<Draft>(() => toDraft(initiative))
  const [problem, setProblem] = useState<Problem | null>(null)
  const options = useLiveQuery(
    async () => ({
      people: (await db.people.toArray())
        .filter((p) => p.status !== 'left')
        .sort((a, b) => a.displayName.localeCompare(b.displayName)),
      skills: (await db.skills.toArray()).sort((a, b) => a.name.localeCompare(b.name)),
      scale: await db.scaleLevels.orderBy('level').toArray(),
      kpis: (await db.kpis.toArray()).sort((a, b) => a.name.localeCompare(b.name)),
    }),
    [db],
  )
  const set = <K extends keyof Draft>(key: K, value: Draft[K]): void =>
    setDraft((current) => ({ ...current, [key]: value }))
  const invalid = (field: Field) =>
    problem?.field === field
      ? { 'aria-invalid': true as const, 'aria-describedby': 'initiative-error' }
      : {}
  const topLevel = options?.scale.at(-1)?.level ?? 4

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    const found = findProblem(draft)
    setProblem(found)
    if (found) return
    try {
      const change = draft.targetChange.trim().replace(',', '.')
      const saved = await saveInitiative(db, {
        ...draft,
        cost: parseAmount(draft.cost) ?? 0,
        hours: parseAmount(draft.hours) ?? 0,
        targetChange: change === '' ? null : Number(change),
      })
      notify('success', `${initiative ? 'Saved' : 'Added'} the initiative “${saved.title}”.`)
      onClose()
    } catch (failure) {
      const text = describeError(failure)
      setProblem({ field: /already an initiative/.test(text) ? 'title' : 'form', text })
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <div className="form-grid">
        <div className="field field-wide">
          <label htmlFor="initiative-title">Title</label>
          <input
            id="initiative-title"
            value={draft.title}
            autoFocus
            maxLength={300}
            onChange={(event) => set('title', event.target.value)}
            {...invalid('title')}
          />
        </div>
        <div className="field">
          <label htmlFor="initiative-format">Learning format</label>
          <select
            id="initiative-format"
            value={draft.format}
            onChange={(event) => set('format', LearningFormat.parse(event.target.value))}
          >
            {LearningFormat.options.map((format) => (
              <option key={format} value={format}>
                {formatLabels[format]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="initiative-provider-kind">Provider</label>
          <select
            id="initiative-provider-kind"
            value={draft.provider.kind}
            onChange={(event) =>
              set('provider', {
                ...draft.provider,
                kind: event.target.value as Draft['provider']['kind'],
              })
            }
          >
            {(['internal', 'external', 'free'] as const).map((kind) => (
              <option key={kind} value={kind}>
                {providerLabels[kind]}
              </option>
            ))}
          </select>
        </div>
        {draft.provider.kind === 'internal' ? (
          <div className="field">
            <label htmlFor="initiative-expert">Internal expert</label>
            <select
              id="initiative-expert"
              value={draft.provider.personId ?? ''}
              onChange={(event) =>
                set('provider', { ...draft.provider, personId: event.target.value || null })
              }
              {...invalid('provider')}
            >
              <option value="">Not chosen yet (e.g. a different mentor per person)</option>
              {options?.people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.displayName}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <div className="field">
            <label htmlFor="initiative-provider-name">
              {draft.provider.kind === 'free' ? 'Resource' : 'Provider name'}
            </label>
            <input
              id="initiative-provider-name"
              value={draft.provider.name}
              maxLength={200}
              placeholder={draft.provider.kind === 'free' ? 'e.g. a free online course' : ''}
              onChange={(event) => set('provider', { ...draft.provider, name: event.target.value })}
              {...invalid('provider')}
            />
          </div>
        )}
        <div className="field">
          <label htmlFor="initiative-cost">Cost per person</label>
          <input
            id="initiative-cost"
            inputMode="decimal"
            value={draft.cost}
            onChange={(event) => set('cost', event.target.value)}
            {...invalid('cost')}
          />
        </div>
        <div className="field">
          <label htmlFor="initiative-hours">Hours</label>
          <input
            id="initiative-hours"
            inputMode="decimal"
            value={draft.hours}
            onChange={(event) => set('hours', event.target.value)}
            {...invalid('hours')}
          />
        </div>
        <div className="field field-wide">
          <label htmlFor="initiative-description">Description</label>
          <textarea
            id="initiative-description"
            rows={2}
            maxLength={4000}
            value={draft.description}
            onChange={(event) => set('description', event.target.value)}
          />
        </div>
      </div>

      <fieldset className="training-fieldset">
        <legend>Skills it builds</legend>
        {draft.skillTargets.length === 0 ? (
          <p className="training-hint">
            None yet. Add the skills so “Suggest a plan” can propose this initiative for gaps.
          </p>
        ) : null}
        {draft.skillTargets.map((target, index) => (
          <div className="skill-target-row" key={index}>
            <div className="field">
              <label htmlFor={`target-skill-${index}`}>Skill {index + 1}</label>
              <select
                id={`target-skill-${index}`}
                value={target.skillId}
                onChange={(event) =>
                  set(
                    'skillTargets',
                    draft.skillTargets.map((t, i) =>
                      i === index ? { ...t, skillId: event.target.value } : t,
                    ),
                  )
                }
                {...invalid('skills')}
              >
                <option value="">Choose a skill…</option>
                {options?.skills.map((skill) => (
                  <option key={skill.id} value={skill.id}>
                    {skill.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`target-level-${index}`}>To level</label>
              <select
                id={`target-level-${index}`}
                value={target.targetLevel}
                onChange={(event) =>
                  set(
                    'skillTargets',
                    draft.skillTargets.map((t, i) =>
                      i === index ? { ...t, targetLevel: Number(event.target.value) } : t,
                    ),
                  )
                }
              >
                {(options?.scale ?? []).map((level) => (
                  <option key={level.level} value={level.level}>
                    {level.level} · {level.label}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove skill ${index + 1}`}
              onClick={() =>
                set(
                  'skillTargets',
                  draft.skillTargets.filter((_, i) => i !== index),
                )
              }
            >
              <X size={16} aria-hidden />
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() =>
            set('skillTargets', [
              ...draft.skillTargets,
              { skillId: '', targetLevel: Math.min(2, topLevel) },
            ])
          }
        >
          <Plus size={16} aria-hidden /> Add a skill
        </button>
      </fieldset>

      <fieldset className="training-fieldset">
        <legend>Accountability: outcome → KPI → target change → measurement</legend>
        <div className="form-grid">
          <div className="field field-wide">
            <label htmlFor="initiative-outcome">Learning outcome</label>
            <textarea
              id="initiative-outcome"
              rows={2}
              maxLength={2000}
              placeholder="What people will do differently afterwards"
              value={draft.learningOutcome}
              onChange={(event) => set('learningOutcome', event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="initiative-kpi">KPI</label>
            <select
              id="initiative-kpi"
              value={draft.kpiId ?? ''}
              onChange={(event) => set('kpiId', event.target.value || null)}
            >
              <option value="">No KPI yet</option>
              {options?.kpis.map((kpi) => (
                <option key={kpi.id} value={kpi.id}>
                  {kpi.name}
                  {kpi.unit ? ` (${kpi.unit})` : ''}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="initiative-change">Target change</label>
            <input
              id="initiative-change"
              inputMode="decimal"
              placeholder="e.g. -2"
              value={draft.targetChange}
              onChange={(event) => set('targetChange', event.target.value)}
              {...invalid('targetChange')}
            />
          </div>
          <div className="field field-wide">
            <label htmlFor="initiative-method">Measurement method</label>
            <textarea
              id="initiative-method"
              rows={2}
              maxLength={2000}
              placeholder="How and when the change is measured"
              value={draft.measurementMethod}
              onChange={(event) => set('measurementMethod', event.target.value)}
            />
          </div>
        </div>
      </fieldset>

      {problem ? (
        <p id="initiative-error" className="field-error" role="alert">
          {problem.text}
        </p>
      ) : null}
      <div className="modal-footer">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button-primary">
          {initiative ? 'Save changes' : 'Add initiative'}
        </button>
      </div>
    </form>
  )
}
