import {
  summariseCard,
  type EvaluationCard,
  type LevelGlance,
  type RoiStatus,
  type Wording,
} from '../../../../shared/domain/evaluation'

const levels = [
  ['reaction', 'Reaction'],
  ['learning', 'Learning'],
  ['behaviour', 'Behaviour'],
  ['results', 'Results'],
] as const

/** The ROI statuses that read as good news and as bad news; the rest are neutral. */
const roiTone: Partial<Record<RoiStatus, 'good' | 'bad'>> = {
  'paid-back': 'good',
  negative: 'bad',
}

const trendWords = {
  up: ['▲', 'better'],
  down: ['▼', 'worse'],
  flat: ['■', 'no change'],
} as const

function jumpTo(cardId: string): void {
  const heading = document.getElementById(`card-${cardId}`)
  if (!heading) return
  heading.scrollIntoView({ block: 'start' })
  heading.focus()
}

function LevelCell(props: { glance: LevelGlance; isResults: boolean }) {
  const { glance, isResults } = props
  if (!glance.hasEvidence) {
    return (
      <td className="glance-cell">
        <span className="badge">Missing</span>
        {glance.detail ? <span className="glance-detail">{glance.detail}</span> : null}
      </td>
    )
  }
  const trend = glance.trend ? trendWords[glance.trend] : null
  return (
    <td className={isResults ? 'glance-cell glance-results' : 'glance-cell'}>
      {/* Several KPIs: one line each, so each change sits beside its name. */}
      {glance.text.split('; ').map((part, index) => (
        <span key={`${index}-${part}`} className="glance-figure">
          {part}
        </span>
      ))}
      {trend ? (
        <span className={`glance-trend glance-trend-${glance.trend}`}>
          <span aria-hidden="true">{trend[0]}</span> {trend[1]}
        </span>
      ) : null}
      {glance.detail ? <span className="glance-detail">{glance.detail}</span> : null}
    </td>
  )
}

/**
 * One line per card: the figure each of the four levels has (or what is missing) and the ROI
 * with where it stands, so a manager can compare trainings and jump to the one to open.
 */
export function EvaluationOverview(props: { cards: EvaluationCard[]; wording: Wording }) {
  const rows = props.cards.map((card) => summariseCard(card, props.wording))
  return (
    <section className="card" aria-labelledby="evaluation-overview-title">
      <h2 id="evaluation-overview-title">At a glance</h2>
      <table className="data-table evaluation-overview">
        <colgroup>
          <col className="glance-col-title" />
          <col span={4} />
          <col className="glance-col-roi" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Campaign or training</th>
            {levels.map(([key, label], index) => (
              <th key={key} scope="col">
                {index + 1} {label}
              </th>
            ))}
            <th scope="col">ROI so far</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const tone = roiTone[row.roi.status]
            return (
              <tr key={`${row.kind}-${row.id}`}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => jumpTo(row.id)}>
                    {row.title}
                  </button>
                  <span className="glance-detail">
                    {row.kind === 'campaign' ? 'Campaign · ' : ''}
                    {row.counts}
                  </span>
                </th>
                {levels.map(([key]) => (
                  <LevelCell key={key} glance={row[key]} isResults={key === 'results'} />
                ))}
                <td className="glance-cell glance-roi">
                  <span className="glance-figure">{row.roi.text}</span>
                  <span className={`tag glance-status${tone ? ` glance-status-${tone}` : ''}`}>
                    {row.roi.label}
                  </span>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
