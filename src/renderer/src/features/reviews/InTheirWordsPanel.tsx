import { useLiveQuery } from 'dexie-react-hooks'
import { Quote } from 'lucide-react'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { readSelfReviewAnswer } from '../../db/repositories/response-answers'
import { formatDate } from '../../ui/format'
import './their-words.css'

/** The person's own self-review for this cycle, as they wrote it: read only, marked as theirs. */
export function InTheirWordsPanel(props: { personId: string; cycleId: string; name: string }) {
  const { personId, cycleId, name } = props
  const { db } = useCurrentWorkspace()
  const view = useLiveQuery(
    async () => (await readSelfReviewAnswer(db, personId, cycleId)) ?? null,
    [db, personId, cycleId],
  )
  if (view === undefined) return null
  return (
    <section className="card their-words" aria-labelledby="their-words-title">
      <h3 id="their-words-title">
        <Quote size={16} aria-hidden /> In their words
      </h3>
      {view === null ? (
        <p className="muted">
          No self-review from {name} has come back for this cycle. When it does, their answers show
          here and their self-ratings fill the Self-review column.
        </p>
      ) : (
        <>
          <p className="muted">
            From {name}’s self-review “{view.title}”, received{' '}
            {formatDate(view.submittedAt.slice(0, 10))}.
            {view.ratingCount > 0
              ? ` Their ${view.ratingCount === 1 ? 'self-rating is' : `${view.ratingCount} self-ratings are`} in the Self-review column.`
              : ''}
          </p>
          {view.goals.length > 0 ? (
            <>
              <h4>Their goals</h4>
              <dl className="their-words-list">
                {view.goals.map((goal) => (
                  <div key={goal.goalId}>
                    <dt>{goal.title}</dt>
                    <dd>{goal.text}</dd>
                  </div>
                ))}
              </dl>
            </>
          ) : null}
          <dl className="their-words-list">
            <Answer label="What they are most proud of" text={view.achievements} />
            <Answer label="What they want to develop next" text={view.develop} />
            {view.proposedPeers.length > 0 ? (
              <Answer
                label="Colleagues they proposed for peer feedback"
                text={view.proposedPeers.join(', ')}
              />
            ) : null}
          </dl>
        </>
      )}
    </section>
  )
}

function Answer(props: { label: string; text: string }) {
  return (
    <div>
      <dt>{props.label}</dt>
      <dd>{props.text === '' ? <span className="muted">Not answered</span> : props.text}</dd>
    </div>
  )
}
