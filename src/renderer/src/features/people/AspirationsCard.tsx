import { useLiveQuery } from 'dexie-react-hooks'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { readAspirationsAnswer } from '../../db/repositories/response-answers'
import { formatDate } from '../../ui/format'

/** What the person said they aim for, in their latest aspirations response; nothing until one. */
export function AspirationsCard(props: { personId: string; name: string }) {
  const { db } = useCurrentWorkspace()
  const view = useLiveQuery(
    async () => (await readAspirationsAnswer(db, props.personId)) ?? null,
    [db, props.personId],
  )
  if (!view) return null
  const { nextRole } = view
  return (
    <section className="card" aria-labelledby="aspirations-title">
      <h2 id="aspirations-title">Their aspirations</h2>
      <p className="muted">
        In {props.name}’s words, received {formatDate(view.submittedAt.slice(0, 10))}. Their
        interests also feed the skill demand and plan suggestions.
      </p>
      <dl className="facts">
        <dt>Next role</dt>
        <dd>
          {nextRole === null ? (
            <span className="muted">Not answered</span>
          ) : nextRole.isStaying ? (
            'Happy in their current role'
          ) : (
            nextRole.name
          )}
        </dd>
        <dt>Support they want</dt>
        <dd className="aspirations-text">
          {view.support || <span className="muted">Not answered</span>}
        </dd>
        <dt>Interests</dt>
        <dd>
          {view.interests.length === 0 && view.grow.length === 0 ? (
            <span className="muted">None given</span>
          ) : (
            <ul className="plain-list">
              {view.interests.map((interest) => (
                <li key={interest.skillId}>
                  {interest.name} <span className="muted">· {interest.label}</span>
                </li>
              ))}
              {view.grow.map((name) => (
                <li key={name}>
                  {name} <span className="muted">· wants to learn it</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  )
}
