import { useLiveQuery } from 'dexie-react-hooks'
import { useState, type FormEvent } from 'react'
import { findFeedbackProblem } from '../../../../shared/domain/checkins/validation'
import type { FeedbackEntry } from '../../../../shared/model'
import { useCurrentWorkspace, useWorkspaceStore } from '../../app/workspace-store'
import { saveFeedback } from '../../db/repositories/checkins'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import { feedbackKindLabels } from './checkin-data'
import { listActivePeople } from '../../db/repositories/people'
import { describeError, todayIso } from '../../ui/format'

type Field = 'personId' | 'date' | 'behaviour' | 'form'

/** Log or edit a feedback entry: kind, situation, behaviour, impact, a linked skill or goal, a date. */
export function FeedbackDialog(props: {
  isOpen: boolean
  onClose: () => void
  /** Fixed person (the person page); without it the form asks. */
  personId?: string
  entry?: FeedbackEntry | null
}) {
  return (
    <Modal
      title={props.entry ? 'Edit feedback' : 'Log feedback'}
      isOpen={props.isOpen}
      onClose={props.onClose}
      isWide
    >
      {props.isOpen ? (
        <FeedbackForm
          personId={props.personId}
          entry={props.entry ?? null}
          onClose={props.onClose}
        />
      ) : null}
    </Modal>
  )
}

function FeedbackForm(props: {
  personId?: string
  entry: FeedbackEntry | null
  onClose: () => void
}) {
  const { db } = useCurrentWorkspace()
  const today = todayIso()
  const [draft, setDraft] = useState<FeedbackEntry>(
    () =>
      props.entry ?? {
        id: crypto.randomUUID(),
        personId: props.personId ?? '',
        date: today,
        kind: 'praise',
        source: 'manager',
        authorName: '',
        situation: '',
        behaviour: '',
        impact: '',
        skillIds: [],
        goalIds: [],
      },
  )
  const [problem, setProblem] = useState<{ field: Field; text: string } | null>(null)
  const people = useLiveQuery(() => listActivePeople(db), [db], [])
  const options = useLiveQuery(
    async () => ({
      skills: (await db.skills.toArray()).sort((a, b) => a.name.localeCompare(b.name)),
      goals: draft.personId
        ? await db.goals.where('ownerPersonId').equals(draft.personId).toArray()
        : [],
    }),
    [db, draft.personId],
    { skills: [], goals: [] },
  )
  const set = <K extends keyof FeedbackEntry>(key: K, value: FeedbackEntry[K]): void =>
    setDraft((current) => ({ ...current, [key]: value }))
  const invalid = (field: Field) =>
    problem?.field === field
      ? { 'aria-invalid': true as const, 'aria-describedby': 'feedback-error' }
      : {}

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    const found = findFeedbackProblem(draft, today)
    setProblem(found)
    if (found) {
      document
        .getElementById(`feedback-${found.field === 'personId' ? 'person' : found.field}`)
        ?.focus()
      return
    }
    try {
      await saveFeedback(db, {
        ...draft,
        situation: draft.situation.trim(),
        behaviour: draft.behaviour.trim(),
        impact: draft.impact.trim(),
        authorName: draft.authorName.trim(),
      })
      const name = people.find((p) => p.id === draft.personId)?.displayName ?? 'them'
      notify('success', props.entry ? 'Saved the feedback.' : `Logged feedback for ${name}.`)
      props.onClose()
    } catch (error) {
      setProblem({ field: 'form', text: describeError(error) })
    }
  }

  const errorText = problem ? (
    <p id="feedback-error" className="field-error" role="alert">
      {problem.text}
    </p>
  ) : null

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <div className="form-grid">
        {props.personId ? null : (
          <div className="field">
            <label htmlFor="feedback-person">About</label>
            <select
              id="feedback-person"
              value={draft.personId}
              autoFocus
              onChange={(event) => set('personId', event.target.value)}
              {...invalid('personId')}
            >
              <option value="">Choose a person…</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.displayName}
                </option>
              ))}
            </select>
          </div>
        )}
        <fieldset className="radio-group feedback-kind">
          <legend>Kind</legend>
          {(['praise', 'constructive', 'observation'] as const).map((kind) => (
            <label key={kind} className="radio">
              <input
                type="radio"
                name="feedback-kind"
                checked={draft.kind === kind}
                onChange={() => set('kind', kind)}
              />
              {feedbackKindLabels[kind]}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="feedback-date">Date</label>
          <input
            id="feedback-date"
            type="date"
            value={draft.date}
            max={today}
            onChange={(event) => set('date', event.target.value)}
            {...invalid('date')}
          />
        </div>
        <div className="field">
          <label htmlFor="feedback-source">From</label>
          <select
            id="feedback-source"
            value={draft.source}
            onChange={(event) => set('source', event.target.value as FeedbackEntry['source'])}
          >
            <option value="manager">Me (manager)</option>
            <option value="peer">A peer</option>
            <option value="customer">A customer</option>
            <option value="self">Themselves</option>
          </select>
        </div>
        {draft.source === 'manager' ? null : (
          <div className="field">
            <label htmlFor="feedback-author">Name of who gave it</label>
            <input
              id="feedback-author"
              value={draft.authorName}
              maxLength={200}
              onChange={(event) => set('authorName', event.target.value)}
            />
          </div>
        )}
        <div className="field field-wide">
          <label htmlFor="feedback-situation">Situation</label>
          <textarea
            id="feedback-situation"
            rows={2}
            maxLength={4000}
            placeholder="When and where: “Saturday rush, the queue out of the door”"
            value={draft.situation}
            autoFocus={Boolean(props.personId)}
            onChange={(event) => set('situation', event.target.value)}
          />
        </div>
        <div className="field field-wide">
          <label htmlFor="feedback-behaviour">Behaviour</label>
          <textarea
            id="feedback-behaviour"
            rows={2}
            maxLength={4000}
            placeholder="What they did, as you saw it"
            value={draft.behaviour}
            onChange={(event) => set('behaviour', event.target.value)}
            {...invalid('behaviour')}
          />
        </div>
        <div className="field field-wide">
          <label htmlFor="feedback-impact">Impact</label>
          <textarea
            id="feedback-impact"
            rows={2}
            maxLength={4000}
            placeholder="What it changed for customers, the team or the work"
            value={draft.impact}
            onChange={(event) => set('impact', event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="feedback-skill">Linked skill</label>
          <select
            id="feedback-skill"
            value={draft.skillIds[0] ?? ''}
            onChange={(event) => set('skillIds', event.target.value ? [event.target.value] : [])}
          >
            <option value="">None</option>
            {options.skills.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="feedback-goal">Linked goal</label>
          <select
            id="feedback-goal"
            value={draft.goalIds[0] ?? ''}
            onChange={(event) => set('goalIds', event.target.value ? [event.target.value] : [])}
          >
            <option value="">{options.goals.length ? 'None' : 'No goals for this person'}</option>
            {options.goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title} ({g.period})
              </option>
            ))}
          </select>
        </div>
      </div>
      {errorText}
      <div className="modal-footer">
        <button type="button" className="button" onClick={props.onClose}>
          Cancel
        </button>
        <button type="submit" className="button button-primary">
          {props.entry ? 'Save feedback' : 'Log feedback'}
        </button>
      </div>
    </form>
  )
}

/** The quick entry reachable from anywhere (menu, shortcut): only while a workspace is open. */
export function QuickFeedbackDialog(props: { isOpen: boolean; onClose: () => void }) {
  const workspaceId = useWorkspaceStore((state) => state.current?.info.id)
  if (!workspaceId) return null
  return <FeedbackDialog key={workspaceId} isOpen={props.isOpen} onClose={props.onClose} />
}
