import type { RecentFeedback } from '../../../../shared/domain/dashboard/team-overview'

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' })

const feedbackKindLabels = {
  praise: 'Praise',
  constructive: 'Constructive',
  observation: 'Observation',
} as const

export function RecentFeedbackCard(props: { entries: RecentFeedback[] }) {
  return (
    <section className="card" aria-labelledby="recent-feedback-title">
      <h2 id="recent-feedback-title">Latest feedback</h2>
      {props.entries.length === 0 ? (
        <p className="muted">No feedback logged yet.</p>
      ) : (
        <ul className="feed">
          {props.entries.map((entry) => (
            <li key={entry.id}>
              <div className="feed-meta">
                <strong>{entry.personName}</strong>
                <span className={`tag tag-${entry.kind}`}>{feedbackKindLabels[entry.kind]}</span>
                <time dateTime={entry.date} className="muted">
                  {dateFormat.format(new Date(`${entry.date}T12:00:00`))}
                </time>
              </div>
              <p className="feed-text">{entry.behaviour}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
