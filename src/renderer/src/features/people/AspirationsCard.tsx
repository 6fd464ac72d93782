import { useLiveQuery } from 'dexie-react-hooks'
import { Fragment } from 'react'
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
        {view.grow.length > 0 ? (
          <>
            <dt>Skills to grow</dt>
            <dd>{view.grow.join(', ')}</dd>
          </>
        ) : null}
        {groupByLabel(view.interests).map(([label, names]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{names.join(', ')}</dd>
          </Fragment>
        ))}
        {view.interests.length === 0 && view.grow.length === 0 ? (
          <>
            <dt>Interests</dt>
            <dd>
              <span className="muted">None given</span>
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  )
}

/** The interests under their level's label ("Eager to learn it: A, B"), in the order given. */
function groupByLabel(
  interests: ReadonlyArray<{ name: string; label: string }>,
): [string, string[]][] {
  const groups = new Map<string, string[]>()
  for (const { name, label } of interests) groups.set(label, [...(groups.get(label) ?? []), name])
  return [...groups]
}
