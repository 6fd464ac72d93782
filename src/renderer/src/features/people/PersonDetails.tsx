import type { Person } from '../../../../shared/model'
import { formatDate } from '../../ui/format'
import { AspirationsCard } from './AspirationsCard'
import type { PersonRelations } from './load-person-profile'

const arrangementLabels: Record<NonNullable<Person['workArrangement']>, string> = {
  onsite: 'On site',
  hybrid: 'Hybrid',
  remote: 'Remote',
}

/** Read with the person (load-person-profile.ts), so every fact shown is already known. */
export function PersonDetails(props: { person: Person; related: PersonRelations }) {
  const { person, related } = props
  const personLink = (other: Person) => (
    <a href={`#/people/${encodeURIComponent(other.id)}`}>{other.displayName}</a>
  )
  const notRecorded = <span className="muted">Not recorded</span>
  const custom = Object.entries(person.customFields)

  return (
    <div className="card-grid">
      <section className="card" aria-labelledby="details-title">
        <h2 id="details-title">Details</h2>
        <dl className="facts">
          <dt>Team</dt>
          <dd>{related.team?.name ?? notRecorded}</dd>
          <dt>Manager</dt>
          <dd>{related.manager ? personLink(related.manager) : notRecorded}</dd>
          <dt>Role profile</dt>
          <dd>{related.role?.name ?? notRecorded}</dd>
          <dt>Email</dt>
          <dd>
            {person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : notRecorded}
          </dd>
          <dt>Employee ID</dt>
          <dd>{person.employeeId ?? notRecorded}</dd>
          <dt>Hire date</dt>
          <dd>{person.hireDate ? formatDate(person.hireDate) : notRecorded}</dd>
          <dt>Status</dt>
          <dd>
            {person.status === 'left'
              ? `Left${person.leftDate ? ` on ${formatDate(person.leftDate)}` : ''}`
              : 'Active'}
          </dd>
          <dt>Work arrangement</dt>
          <dd>
            {person.workArrangement ? arrangementLabels[person.workArrangement] : notRecorded}
          </dd>
          <dt>Location</dt>
          <dd>{person.location || notRecorded}</dd>
        </dl>
      </section>
      <div className="stack">
        <section className="card" aria-labelledby="custom-title">
          <h2 id="custom-title">Custom fields</h2>
          {custom.length === 0 ? (
            <p className="muted">
              None. Columns kept from an import, or fields added by hand, appear here.
            </p>
          ) : (
            <dl className="facts">
              {custom.map(([key, value]) => (
                <div key={key} className="facts-row">
                  <dt>{key}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          )}
        </section>
        <section className="card" aria-labelledby="reports-title">
          <h2 id="reports-title">Direct reports</h2>
          {related.reports.length > 0 ? (
            <ul className="plain-list">
              {related.reports.map((report) => (
                <li key={report.id}>
                  {personLink(report)} <span className="muted">{report.title}</span>
                  {report.status === 'left' ? <span className="badge">Left</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No one reports to {person.givenName || person.displayName}.</p>
          )}
        </section>
        <AspirationsCard personId={person.id} name={person.givenName || person.displayName} />
      </div>
    </div>
  )
}
