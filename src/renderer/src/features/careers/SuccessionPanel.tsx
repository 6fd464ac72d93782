import { ShieldAlert } from 'lucide-react'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { setRoleCritical } from '../../db/repositories/careers'
import { EmptyState } from '../../ui/EmptyState'
import { describeError } from '../../ui/format'
import { notify } from '../../ui/toast-store'
import { PersonLink } from './person-link'
import { BandBadge, ReadinessMeter } from './ReadinessMeter'
import type { CareerView } from './use-career-data'

/** Per critical role: who holds it, who could step in, and the roles nobody is ready for. */
export function SuccessionPanel(props: { view: CareerView }) {
  const { view } = props
  const { db } = useCurrentWorkspace()
  const toggle = (roleId: string, isCritical: boolean) =>
    void setRoleCritical(db, roleId, isCritical).catch((error: unknown) =>
      notify('error', describeError(error)),
    )
  const people = new Map(view.data.people.map((p) => [p.id, p]))
  const roles = [...view.data.roleProfiles].sort((a, b) => a.name.localeCompare(b.name))
  return (
    <div className="stack">
      {view.overview.succession.length === 0 ? (
        <EmptyState icon={ShieldAlert} title="No critical roles marked">
          <p>Tick the roles the business cannot run without, below, to see who could step in.</p>
        </EmptyState>
      ) : (
        <div className="card-grid">
          {view.overview.succession.map((entry) => (
            <section
              key={entry.role.id}
              className="card"
              aria-labelledby={`succession-${entry.role.id}`}
            >
              <div className="card-header">
                <h2 id={`succession-${entry.role.id}`}>{entry.role.name}</h2>
                {entry.isSinglePointOfFailure ? (
                  <span className="badge badge-warning">Nobody ready now</span>
                ) : (
                  <span className="badge badge-accent">{entry.readyNow} ready now</span>
                )}
              </div>
              <p className="muted">
                Held by{' '}
                {entry.holders.length === 0
                  ? 'nobody'
                  : entry.holders.map((holder) => holder.displayName).join(', ')}
                .
                {entry.isSinglePointOfFailure
                  ? ' If they left, nobody could step in straight away: a single point of failure.'
                  : ''}
              </p>
              {entry.candidates.length === 0 ? (
                <p>Nobody meets 60% of this role's requirements yet.</p>
              ) : (
                <ul className="plain-list">
                  {entry.candidates.slice(0, 6).map((candidate) => {
                    const person = people.get(candidate.personId)!
                    return (
                      <li key={candidate.personId} className="candidate-row">
                        <PersonLink id={person.id} name={person.displayName} />
                        <ReadinessMeter readiness={candidate} />
                        <BandBadge readiness={candidate} />
                      </li>
                    )
                  })}
                </ul>
              )}
            </section>
          ))}
        </div>
      )}
      <section className="card" aria-labelledby="critical-roles-title">
        <h2 id="critical-roles-title">Critical roles</h2>
        <p className="muted">The roles the business cannot run without.</p>
        <div className="critical-roles">
          {roles.map((role) => (
            <label key={role.id} className="checkbox">
              <input
                type="checkbox"
                checked={role.isCritical === true}
                onChange={(event) => toggle(role.id, event.target.checked)}
              />
              {role.name}
            </label>
          ))}
        </div>
      </section>
    </div>
  )
}
