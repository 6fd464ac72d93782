import { useLiveQuery } from 'dexie-react-hooks'
import { ArrowLeft, Lock, Trash2 } from 'lucide-react'
import { Fragment, useMemo, useState, type KeyboardEvent } from 'react'
import { isIsoDate } from '../../../../shared/domain/checkins/dates'
import { findActionProblem } from '../../../../shared/domain/checkins/validation'
import { navigate } from '../../app/router'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { deleteCheckin, saveCheckin } from '../../db/repositories/checkins'
import { desktop } from '../../platform'
import { EmptyState } from '../../ui/EmptyState'
import { formatDate, describeError, todayIso } from '../../ui/format'
import { PageHeader } from '../../ui/PageHeader'
import { notify } from '../../ui/toast-store'
import { ActionItemsEditor } from './ActionItemsEditor'
import { CheckinEditorFrame } from './CheckinEditorFrame'
import { moodLabels, personLink } from './checkin-data'
import { toCheckinRecord, toEditorDraft, type EditorDraft } from './editor-state'
import { LinksEditor } from './LinksEditor'
import { loadEditorData, type EditorData } from './load-editor-data'
import { NotesField } from './NotesField'
import { PreviousActions } from './PreviousActions'
import { PrepAnswerNote, PrepPanel } from './PrepPanel'
import { TalkingPoints } from './TalkingPoints'
import { MessageSquareOff } from 'lucide-react'
import { writeWithUndo } from '../../app/undo'

export function CheckinEditor(props: { checkinId: string }) {
  const { db } = useCurrentWorkspace()
  const today = todayIso()
  const data = useLiveQuery(
    async () => (await loadEditorData(db, props.checkinId, today)) ?? null,
    [db, props.checkinId, today],
  )
  if (data === undefined) return <div className="page" aria-busy="true" />
  if (data === null)
    return (
      <div className="page">
        <PageHeader title="Check-in not found" />
        <EmptyState
          icon={MessageSquareOff}
          title="This check-in is not in the workspace"
          actions={
            <a className="button" href="#/checkins">
              Back to check-ins
            </a>
          }
        >
          <p>It may have been deleted.</p>
        </EmptyState>
      </div>
    )
  // Keyed by check-in: the form starts from the stored record and keeps its own edits.
  return <CheckinForm key={data.checkin.id} data={data} today={today} />
}

function CheckinForm(props: { data: EditorData; today: string }) {
  const { data, today } = props
  const { db } = useCurrentWorkspace()
  const { checkin, person } = data
  const [draft, setDraft] = useState<EditorDraft>(() => toEditorDraft(checkin, data.ownActions))
  const [dateError, setDateError] = useState<string | null>(null)
  const [actionProblems, setActionProblems] = useState(new Map<string, string>())
  const [isSaving, setIsSaving] = useState(false)
  const change = (changes: Partial<EditorDraft>): void =>
    setDraft((current) => ({ ...current, ...changes }))
  const template =
    data.templates.find((t) => t.id === draft.templateId) ?? data.templates[0] ?? null
  const carriedFrom = useMemo(() => {
    const map = new Map<string, string>()
    for (const item of data.toReview) {
      const date = data.reviewDates.get(item.checkinId)
      if (date) map.set(item.id, date)
    }
    return map
  }, [data.toReview, data.reviewDates])

  const save = async (status: 'draft' | 'done'): Promise<void> => {
    const dateProblem = isIsoDate(draft.date) ? null : 'Enter the date of the check-in.'
    const problems = new Map<string, string>()
    for (const action of draft.actions) {
      const problem = findActionProblem(action.text, action.dueDate)
      if (problem) problems.set(action.id, problem)
    }
    setDateError(dateProblem)
    setActionProblems(problems)
    if (dateProblem) {
      document.getElementById('checkin-date')?.focus()
      return
    }
    if (problems.size > 0) {
      document.getElementById(`action-text-${[...problems.keys()][0]}`)?.focus()
      return
    }
    setIsSaving(true)
    try {
      await saveCheckin(db, {
        checkin: toCheckinRecord(checkin, draft, status),
        actions: draft.actions.map((a) => ({ ...a, text: a.text.trim() })),
        completedIds: draft.completedIds,
        today,
      })
      setDraft((current) => ({ ...current, completedIds: [] }))
      notify(
        'success',
        status === 'done'
          ? `Check-in with ${person.displayName} saved as finished.`
          : `Draft saved.`,
      )
    } catch (error) {
      notify('error', describeError(error))
    } finally {
      setIsSaving(false)
    }
  }

  const remove = async (): Promise<void> => {
    const { isConfirmed } = await desktop.confirm({
      title: 'Delete check-in',
      message: `Delete the check-in with ${person.displayName} of ${formatDate(checkin.date)}?`,
      detail:
        'Its notes and action items are deleted too. Items it carried over become open again.',
      confirmLabel: 'Delete',
      isDestructive: true,
    })
    if (!isConfirmed) return
    await writeWithUndo(db, () => deleteCheckin(db, checkin.id), 'Deleted the check-in.')
    navigate(`/people/${encodeURIComponent(person.id)}`)
  }

  const onKeyDown = (event: KeyboardEvent): void => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault()
      void save(checkin.status)
    }
  }

  const isFinished = checkin.status === 'done'
  return (
    <CheckinEditorFrame
      onKeyDown={onKeyDown}
      isFinished={isFinished}
      isSaving={isSaving}
      onSave={(status) => void save(status)}
    >
      <a className="back-link" href="#/checkins">
        <ArrowLeft size={16} aria-hidden /> Check-ins
      </a>
      <PageHeader
        title={`Check-in with ${person.displayName}`}
        description={`${isFinished ? 'Finished' : 'Draft'} · ${data.previous ? `previous on ${formatDate(data.previous.date)}` : 'first check-in'}`}
        actions={
          <>
            <a className="button" href={personLink(person)}>
              Profile
            </a>
            <button type="button" className="button button-danger" onClick={() => void remove()}>
              <Trash2 size={16} aria-hidden /> Delete
            </button>
          </>
        }
      />
      {checkin.prep ? (
        <PrepPanel
          prep={checkin.prep}
          name={person.displayName}
          templates={data.templates}
          draft={draft}
          onChange={change}
        />
      ) : null}
      <PreviousActions
        checkinId={checkin.id}
        items={data.toReview}
        writtenOn={data.reviewDates}
        draft={draft}
        today={today}
        onChange={change}
      />
      <TalkingPoints suggestions={data.suggestions} draft={draft} onChange={change} />
      <section className="card" aria-labelledby="conversation-title">
        <h2 id="conversation-title">Conversation</h2>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="checkin-date">Date</label>
            <input
              id="checkin-date"
              type="date"
              value={draft.date}
              aria-invalid={dateError ? true : undefined}
              aria-describedby={dateError ? 'checkin-date-error' : undefined}
              onChange={(event) => change({ date: event.target.value })}
            />
            {dateError ? (
              <p id="checkin-date-error" className="field-error">
                {dateError}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor="checkin-template">Template</label>
            <select
              id="checkin-template"
              value={draft.templateId}
              onChange={(event) => change({ templateId: event.target.value })}
            >
              {data.templates.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        {template?.sections.map((section) => (
          <Fragment key={section.id}>
            <NotesField
              id={`answer-${section.id}`}
              label={section.prompt}
              hint={section.help || undefined}
              rows={3}
              value={draft.answers[section.id] ?? ''}
              onChange={(text) => change({ answers: { ...draft.answers, [section.id]: text } })}
            />
            <PrepAnswerNote prep={checkin.prep} sectionId={section.id} name={person.displayName} />
          </Fragment>
        ))}
        <fieldset className="radio-group mood-group">
          <legend>Mood and engagement</legend>
          <label className="radio">
            <input
              type="radio"
              name="mood"
              checked={draft.mood === null}
              onChange={() => change({ mood: null })}
            />
            Not recorded
          </label>
          {[1, 2, 3, 4, 5].map((mood) => (
            <label key={mood} className="radio">
              <input
                type="radio"
                name="mood"
                checked={draft.mood === mood}
                onChange={() => change({ mood })}
              />
              {mood} · {moodLabels[mood]}
            </label>
          ))}
        </fieldset>
        <NotesField
          id="checkin-shared"
          label="Shared notes"
          hint="May go into the review packet. **bold**, and lines starting with - make a list."
          rows={5}
          maxLength={20000}
          value={draft.sharedNotes}
          onChange={(sharedNotes) => change({ sharedNotes })}
        />
        <div className="private-notes">
          <p className="private-badge">
            <Lock size={14} aria-hidden /> Private: only you see these. Never exported unless you
            tick it for an export.
          </p>
          <NotesField
            id="checkin-private"
            label="Private notes"
            rows={3}
            maxLength={20000}
            value={draft.privateNotes}
            onChange={(privateNotes) => change({ privateNotes })}
          />
        </div>
      </section>
      <ActionItemsEditor
        checkinId={checkin.id}
        personId={person.id}
        actions={draft.actions}
        carriedFrom={carriedFrom}
        problems={actionProblems}
        today={today}
        onChange={(actions) => change({ actions })}
      />
      <LinksEditor
        draft={draft}
        skills={data.skills}
        relevantSkillIds={data.relevantSkillIds}
        goals={data.goals}
        planItems={data.planItems}
        onChange={change}
      />
    </CheckinEditorFrame>
  )
}
