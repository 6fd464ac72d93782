import { isDueNow } from '../../../../shared/domain/checkins/cadence'
import { describeDueStatus, useDueCheckins } from './DueList'
import { personLink } from './checkin-data'

const maxShown = 6

/** Dashboard card: who is due or overdue for a check-in. */
export function CheckinsDueCard() {
  const data = useDueCheckins()
  const due = data?.rows.filter(isDueNow) ?? []
  const overdue = due.filter((row) => row.status === 'overdue').length
  return (
    <section className="card" aria-labelledby="checkins-due-title">
      <h2 id="checkins-due-title">Check-ins due</h2>
      {!data ? (
        <p className="muted">Loading…</p>
      ) : due.length === 0 ? (
        <p className="muted">No one is due. Everyone has had a check-in within their cadence.</p>
      ) : (
        <>
          <p className="muted">
            {due.length} due, {overdue} of them overdue.
          </p>
          <ul className="feed">
            {due.slice(0, maxShown).map((row) => {
              const person = data.people.get(row.personId)
              if (!person) return null
              return (
                <li key={row.personId} className="feed-meta">
                  <a href={personLink(person)}>
                    <strong>{person.displayName}</strong>
                  </a>
                  <span className={`due-status due-${row.status}`}>{describeDueStatus(row)}</span>
                </li>
              )
            })}
          </ul>
          <p>
            <a href="#/checkins">
              {due.length > maxShown ? `All ${due.length} due check-ins` : 'Go to check-ins'}
            </a>
          </p>
        </>
      )}
    </section>
  )
}
