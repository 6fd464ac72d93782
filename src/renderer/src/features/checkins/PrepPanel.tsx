import { Inbox, Plus } from 'lucide-react'
import type { CheckinPrep, CheckinTemplate } from '../../../../shared/model'
import { formatDate } from '../../ui/format'
import { moodLabels } from './checkin-data'
import type { EditorDraft } from './editor-state'

/** The marker shown wherever a draft check-in lists: the employee's prep came back. */
export function PrepReceivedBadge(props: { prep: CheckinPrep | null | undefined }) {
  if (!props.prep) return null
  return (
    <span className="badge badge-accent prep-badge">
      <Inbox size={12} aria-hidden /> Prep received
    </span>
  )
}

/** Under a section of the conversation: what the employee answered to it before the meeting. */
export function PrepAnswerNote(props: {
  prep: CheckinPrep | null | undefined
  sectionId: string
  name: string
}) {
  const answer = props.prep?.answers.find((a) => a.sectionId === props.sectionId)
  if (!answer || answer.text.trim() === '') return null
  return (
    <p className="prep-answer-note">
      <span className="prep-from">{props.name}’s prep:</span> {answer.text}
    </p>
  )
}

/**
 * The employee's own 1:1 prep, marked as theirs: their answers per section, their agenda items
 * (each one click from the check-in's own agenda) and their mood.
 */
export function PrepPanel(props: {
  prep: CheckinPrep
  name: string
  templates: readonly CheckinTemplate[]
  draft: EditorDraft
  onChange: (changes: Partial<EditorDraft>) => void
}) {
  const { prep, name, draft, onChange } = props
  const promptOf = (sectionId: string) =>
    props.templates.flatMap((t) => t.sections).find((s) => s.id === sectionId)?.prompt ??
    'Their answer'
  const answers = prep.answers.filter((a) => a.text.trim() !== '')
  const title = `${name}’s prep, received ${formatDate(prep.submittedAt.slice(0, 10))}`
  return (
    <section className="card prep-panel" aria-labelledby="prep-title">
      <h2 id="prep-title">
        <Inbox size={18} aria-hidden /> {title}
      </h2>
      <p className="muted">What {name} sent before the conversation, in their words.</p>
      <dl className="facts">
        <dt>Mood</dt>
        <dd>
          {prep.mood === null ? (
            <span className="muted">Not given</span>
          ) : (
            `${prep.mood} · ${moodLabels[prep.mood] ?? ''}`
          )}
        </dd>
      </dl>
      {answers.length > 0 ? (
        <dl className="prep-answers">
          {answers.map((answer) => (
            <div key={answer.sectionId}>
              <dt>{promptOf(answer.sectionId)}</dt>
              <dd>{answer.text}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <h3>Their agenda</h3>
      {prep.agenda.length === 0 ? (
        <p className="muted">{name} added no agenda items.</p>
      ) : (
        <ul className="prep-agenda">
          {prep.agenda.map((item) => {
            const isAdded = draft.agenda.includes(item)
            return (
              <li key={item}>
                <span className="badge">from {name}</span>
                <span className="prep-agenda-text">{item}</span>
                {isAdded ? (
                  <span className="badge badge-accent">On the agenda</span>
                ) : (
                  <button
                    type="button"
                    className="button"
                    onClick={() => onChange({ agenda: [...draft.agenda, item] })}
                  >
                    <Plus size={16} aria-hidden /> Add to agenda
                    <span className="visually-hidden">: {item}</span>
                  </button>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
