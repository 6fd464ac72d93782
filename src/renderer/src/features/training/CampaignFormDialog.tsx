import { useLiveQuery } from 'dexie-react-hooks'
import { Plus, X } from 'lucide-react'
import { useMemo, useState, type FormEvent } from 'react'
import type { Campaign } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { saveCampaign } from '../../db/repositories/training'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import { describeError, todayIso } from '../../ui/format'

type StepDraft = { initiativeId: string; startWeek: string; weeks: string }
type Draft = Omit<Campaign, 'steps'> & { steps: StepDraft[] }
type Field = 'name' | 'startDate' | 'steps' | 'cohort' | 'form'

function toDraft(campaign: Campaign | null): Draft {
  const base: Campaign = campaign ?? {
    id: crypto.randomUUID(),
    name: '',
    description: '',
    startDate: todayIso(),
    steps: [],
    cohortPersonIds: [],
  }
  return {
    ...base,
    cohortPersonIds: [...base.cohortPersonIds],
    steps: base.steps.map((s) => ({
      initiativeId: s.initiativeId,
      startWeek: String(s.startWeek + 1),
      weeks: String(s.weeks),
    })),
  }
}

function findProblem(draft: Draft): { field: Field; text: string } | null {
  if (!draft.name.trim()) return { field: 'name', text: 'Give the campaign a name.' }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.startDate))
    return { field: 'startDate', text: 'Choose the date the campaign starts.' }
  if (draft.steps.length === 0)
    return { field: 'steps', text: 'Add at least one initiative to the sequence.' }
  for (const [index, step] of draft.steps.entries()) {
    if (!step.initiativeId)
      return { field: 'steps', text: `Choose the initiative of step ${index + 1}.` }
    if (!/^\d+$/.test(step.startWeek) || Number(step.startWeek) < 1)
      return { field: 'steps', text: `Step ${index + 1} starts in week 1 or later.` }
    if (!/^\d+$/.test(step.weeks) || Number(step.weeks) < 1)
      return { field: 'steps', text: `Step ${index + 1} lasts at least one week.` }
  }
  if (draft.cohortPersonIds.length === 0)
    return { field: 'cohort', text: 'Choose the people in the cohort.' }
  return null
}

export function CampaignFormDialog(props: {
  campaign: Campaign | null
  isOpen: boolean
  onClose: () => void
}) {
  return (
    <Modal
      title={props.campaign ? `Edit ${props.campaign.name}` : 'New campaign'}
      isOpen={props.isOpen}
      onClose={props.onClose}
      isWide
    >
      <CampaignForm campaign={props.campaign} onClose={props.onClose} />
    </Modal>
  )
}

function CampaignForm(props: { campaign: Campaign | null; onClose: () => void }) {
  const { campaign, onClose } = props
  const { db } = useCurrentWorkspace()
  const [draft, setDraft] = useState<Draft>(() => toDraft(campaign))
  const [problem, setProblem] = useState<{ field: Field; text: string } | null>(null)
  const [teamId, setTeamId] = useState('all')
  const options = useLiveQuery(
    async () => ({
      initiatives: (await db.initiatives.toArray()).sort((a, b) => a.title.localeCompare(b.title)),
      people: (await db.people.toArray())
        .filter((p) => p.status !== 'left')
        .sort((a, b) => a.displayName.localeCompare(b.displayName)),
      teams: (await db.teams.toArray()).sort((a, b) => a.name.localeCompare(b.name)),
    }),
    [db],
  )
  const people = useMemo(
    () => (options?.people ?? []).filter((p) => teamId === 'all' || p.teamId === teamId),
    [options, teamId],
  )
  const set = <K extends keyof Draft>(key: K, value: Draft[K]): void =>
    setDraft((current) => ({ ...current, [key]: value }))
  const setStep = (index: number, change: Partial<StepDraft>): void =>
    set(
      'steps',
      draft.steps.map((step, i) => (i === index ? { ...step, ...change } : step)),
    )
  const invalid = (field: Field) =>
    problem?.field === field
      ? { 'aria-invalid': true as const, 'aria-describedby': 'campaign-error' }
      : {}
  const toggle = (personId: string, isOn: boolean): void =>
    set(
      'cohortPersonIds',
      isOn
        ? [...new Set([...draft.cohortPersonIds, personId])]
        : draft.cohortPersonIds.filter((id) => id !== personId),
    )

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    const found = findProblem(draft)
    setProblem(found)
    if (found) return
    try {
      const saved = await saveCampaign(db, {
        ...draft,
        steps: draft.steps.map((s) => ({
          initiativeId: s.initiativeId,
          startWeek: Number(s.startWeek) - 1,
          weeks: Number(s.weeks),
        })),
      })
      notify('success', `${campaign ? 'Saved' : 'Created'} the campaign “${saved.name}”.`)
      onClose()
    } catch (failure) {
      setProblem({ field: 'form', text: describeError(failure) })
    }
  }

  const lastEnd = draft.steps.reduce(
    (end, s) => Math.max(end, Number(s.startWeek) + Number(s.weeks) - 1 || 0),
    0,
  )

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="campaign-name">Name</label>
          <input
            id="campaign-name"
            value={draft.name}
            autoFocus
            maxLength={300}
            onChange={(event) => set('name', event.target.value)}
            {...invalid('name')}
          />
        </div>
        <div className="field">
          <label htmlFor="campaign-start">Starts on</label>
          <input
            id="campaign-start"
            type="date"
            value={draft.startDate}
            onChange={(event) => set('startDate', event.target.value)}
            {...invalid('startDate')}
          />
        </div>
        <div className="field field-wide">
          <label htmlFor="campaign-description">Description</label>
          <textarea
            id="campaign-description"
            rows={2}
            maxLength={4000}
            value={draft.description}
            onChange={(event) => set('description', event.target.value)}
          />
        </div>
      </div>
      <fieldset className="training-fieldset">
        <legend>Sequence of initiatives</legend>
        {draft.steps.map((step, index) => (
          <div
            className="skill-target-row"
            key={index}
            style={{ gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 1fr) minmax(0, 1fr) auto' }}
          >
            <div className="field">
              <label htmlFor={`step-initiative-${index}`}>Step {index + 1}</label>
              <select
                id={`step-initiative-${index}`}
                value={step.initiativeId}
                onChange={(event) => setStep(index, { initiativeId: event.target.value })}
                {...invalid('steps')}
              >
                <option value="">Choose an initiative…</option>
                {options?.initiatives.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.title}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`step-start-${index}`}>From week</label>
              <input
                id={`step-start-${index}`}
                inputMode="numeric"
                value={step.startWeek}
                onChange={(event) => setStep(index, { startWeek: event.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`step-weeks-${index}`}>Weeks</label>
              <input
                id={`step-weeks-${index}`}
                inputMode="numeric"
                value={step.weeks}
                onChange={(event) => setStep(index, { weeks: event.target.value })}
              />
            </div>
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove step ${index + 1}`}
              onClick={() =>
                set(
                  'steps',
                  draft.steps.filter((_, i) => i !== index),
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
            set('steps', [
              ...draft.steps,
              { initiativeId: '', startWeek: String(lastEnd + 1), weeks: '1' },
            ])
          }
        >
          <Plus size={16} aria-hidden /> Add a step
        </button>
      </fieldset>
      <fieldset className="training-fieldset">
        <legend>Cohort ({draft.cohortPersonIds.length} chosen)</legend>
        <div className="training-toolbar">
          <div className="field">
            <label htmlFor="cohort-team">Show team</label>
            <select
              id="cohort-team"
              value={teamId}
              onChange={(event) => setTeamId(event.target.value)}
            >
              <option value="all">Everyone</option>
              {options?.teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button"
            onClick={() =>
              set('cohortPersonIds', [
                ...new Set([...draft.cohortPersonIds, ...people.map((p) => p.id)]),
              ])
            }
          >
            Add all shown
          </button>
        </div>
        <ul className="cohort-list" aria-label="People in the cohort">
          {people.map((person) => (
            <li key={person.id}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={draft.cohortPersonIds.includes(person.id)}
                  onChange={(event) => toggle(person.id, event.target.checked)}
                />
                {person.displayName}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {problem ? (
        <p id="campaign-error" className="field-error" role="alert">
          {problem.text}
        </p>
      ) : null}
      <div className="modal-footer">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button-primary">
          {campaign ? 'Save changes' : 'Create campaign'}
        </button>
      </div>
    </form>
  )
}
