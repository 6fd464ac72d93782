import { useLiveQuery } from 'dexie-react-hooks'
import { listOutstandingRequests } from '../../../../shared/domain/requests'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { formatDate, todayIso } from '../../ui/format'

const shownRows = 6

/** Answers still expected from the files sent out, soonest due first. */
export function OutstandingRequestsCard() {
  const { db } = useCurrentWorkspace()
  const rows = useLiveQuery(async () => {
    const [requests, responses, people] = await Promise.all([
      db.requests.toArray(),
      db.responses.toArray(),
      db.people.toArray(),
    ])
    return listOutstandingRequests(requests, responses, people, todayIso())
  }, [db])
  if (!rows) return null
  return (
    <section className="card outstanding-requests" aria-labelledby="outstanding-requests-title">
      <h2 id="outstanding-requests-title">Waiting for answers</h2>
      {rows.length === 0 ? (
        <p className="muted">
          No answers outstanding.{' '}
          <a href="#/requests">Ask for a self-review, 1:1 prep or a pulse</a>.
        </p>
      ) : (
        <>
          <ul className="feed">
            {rows.slice(0, shownRows).map((row) => (
              <li key={row.requestId}>
                <div className="feed-meta">
                  <strong>{row.who}</strong>
                  <span className="tag">{row.kindLabel}</span>
                  <span className="muted">
                    {row.answered} of {row.total} answered
                  </span>
                  <span className={row.isOverdue ? 'outstanding-overdue' : 'muted'}>
                    {row.isOverdue ? 'Overdue since' : 'Due'}{' '}
                    <time dateTime={row.dueDate}>{formatDate(row.dueDate)}</time>
                  </span>
                </div>
                <a className="feed-text" href={`#/requests/${encodeURIComponent(row.requestId)}`}>
                  {row.title}
                </a>
              </li>
            ))}
          </ul>
          {rows.length > shownRows ? (
            <p>
              <a href="#/requests">All {rows.length} requests waiting for answers</a>
            </p>
          ) : null}
        </>
      )}
    </section>
  )
}
