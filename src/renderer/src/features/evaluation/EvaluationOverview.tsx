import type { EvaluationCard } from '../../../../shared/domain/evaluation'
import { formatSigned } from './evaluation-format'

const levels = [
  ['reaction', 'Reaction'],
  ['learning', 'Learning'],
  ['behaviour', 'Behaviour'],
  ['results', 'Results'],
] as const

function jumpTo(cardId: string): void {
  const heading = document.getElementById(`card-${cardId}`)
  if (!heading) return
  heading.scrollIntoView({ block: 'start' })
  heading.focus()
}

/** One line per card: which levels have evidence and the ROI, to find the card to open. */
export function EvaluationOverview(props: { cards: EvaluationCard[] }) {
  return (
    <section className="card" aria-labelledby="evaluation-overview-title">
      <h2 id="evaluation-overview-title">At a glance</h2>
      <table className="data-table evaluation-overview">
        <thead>
          <tr>
            <th scope="col">Campaign or training</th>
            <th scope="col" className="numeric">
              Enrolled
            </th>
            {levels.map(([key, label], index) => (
              <th key={key} scope="col">
                {index + 1} {label}
              </th>
            ))}
            <th scope="col" className="numeric">
              ROI
            </th>
          </tr>
        </thead>
        <tbody>
          {props.cards.map((card) => (
            <tr key={`${card.kind}-${card.id}`}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => jumpTo(card.id)}>
                  {card.title}
                </button>
                {card.kind === 'campaign' ? <span className="muted"> · campaign</span> : null}
              </th>
              <td className="numeric">{card.enrolments}</td>
              {levels.map(([key]) => (
                <td key={key}>
                  {card.levels[key] === null ? (
                    <span className="muted">missing</span>
                  ) : (
                    <span>evidence</span>
                  )}
                </td>
              ))}
              <td className="numeric">
                {card.roi.roi === null ? (
                  <span className="muted">missing</span>
                ) : (
                  `${formatSigned(card.roi.roi * 100, 0)}%`
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
