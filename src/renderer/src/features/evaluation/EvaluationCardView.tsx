import { ClipboardPen, SlidersHorizontal } from 'lucide-react'
import type {
  BehaviourLevel,
  EvaluationCard,
  LearningLevel,
  ReactionLevel,
  ResultsLevel,
  RoiResult,
} from '../../../../shared/domain/evaluation'
import type { EvaluationAssumptions } from '../../../../shared/model'
import { BeforeAfterChart } from './BeforeAfterChart'
import { formatMoney, formatNumber, formatShare, formatSigned } from './evaluation-format'

function Missing(props: { what: string }) {
  return (
    <p className="level-missing">
      <span className="badge">Missing</span> {props.what}
    </p>
  )
}

function LevelTile(props: {
  level: number
  name: string
  question: string
  children: React.ReactNode
}) {
  return (
    <section className="level-tile" aria-label={`Level ${props.level}: ${props.name}`}>
      <h4>
        <span className="level-number">{props.level}</span> {props.name}
      </h4>
      <p className="level-question">{props.question}</p>
      {props.children}
    </section>
  )
}

function ReactionBody(props: { reaction: ReactionLevel | null }) {
  const { reaction } = props
  if (!reaction) return <Missing what="No survey recorded." />
  return (
    <dl className="level-figures">
      <dt>Relevance</dt>
      <dd>{formatNumber(reaction.relevance)} / 5</dd>
      <dt>Engagement</dt>
      <dd>{formatNumber(reaction.engagement)} / 5</dd>
      <dt>Would recommend</dt>
      <dd>{formatShare(reaction.wouldRecommendShare)}</dd>
      <dt>Responses</dt>
      <dd>{reaction.responses}</dd>
    </dl>
  )
}

function LearningBody(props: { learning: LearningLevel | null }) {
  const { learning } = props
  if (!learning) return <Missing what="No scores or assessments before and after." />
  return (
    <dl className="level-figures">
      <dt>Score</dt>
      <dd>
        {learning.scoreBefore === null || learning.scoreAfter === null
          ? 'missing'
          : `${formatNumber(learning.scoreBefore, 0)} → ${formatNumber(learning.scoreAfter, 0)}`}
      </dd>
      <dt>Scored</dt>
      <dd>{learning.scored}</dd>
      <dt>Skill level change</dt>
      <dd>{learning.levelChange === null ? 'missing' : formatSigned(learning.levelChange, 2)}</dd>
      <dt>Assessed before and after</dt>
      <dd>{learning.assessed}</dd>
    </dl>
  )
}

function BehaviourBody(props: { behaviour: BehaviourLevel | null }) {
  const { behaviour } = props
  if (!behaviour) return <Missing what="No sign yet that it is used on the job." />
  return (
    <dl className="level-figures">
      <dt>Observation rating</dt>
      <dd>
        {behaviour.observationRating === null
          ? 'missing'
          : `${formatNumber(behaviour.observationRating)} / 5 (${behaviour.observations})`}
      </dd>
      <dt>“Put into practice” answers</dt>
      <dd>{behaviour.practisedAnswers}</dd>
      <dt>Feedback on the skills</dt>
      <dd>
        {behaviour.feedbackEntries}
        {behaviour.feedbackEntries > 0 ? ` (${behaviour.praiseEntries} praise)` : ''}
      </dd>
      <dt>People with evidence</dt>
      <dd>{behaviour.withEvidence}</dd>
    </dl>
  )
}

function ResultsBody(props: { results: ResultsLevel[] | null; hasKpi: boolean }) {
  const { results } = props
  if (!results) {
    return (
      <Missing
        what={props.hasKpi ? 'No KPI values before and after yet.' : 'No KPI linked to it.'}
      />
    )
  }
  return (
    <dl className="level-figures">
      {results.map((result) => (
        <div key={result.kpiId} className="level-result">
          <dt>{result.kpiName}</dt>
          <dd>
            {formatSigned(result.change, 2)}
            {result.unit === '%' ? ' pts' : result.unit ? ` ${result.unit}` : ''}{' '}
            <span className={result.isTargetMet ? 'tag tag-praise' : 'tag'}>
              {result.isTargetMet === null
                ? 'no target'
                : result.isTargetMet
                  ? 'target reached'
                  : 'target not reached'}
            </span>
            {result.isAfterWindowOpen ? <span className="muted"> · window still open</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  )
}

function RoiPanel(props: {
  roi: RoiResult
  currency: string
  assumptions: EvaluationAssumptions | null
  onEdit: (() => void) | null
}) {
  const { roi, currency, assumptions, onEdit } = props
  return (
    <section className="roi-panel" aria-label="Return on investment">
      <div className="roi-figure">
        <span className="roi-label">ROI</span>
        <strong className="roi-value">
          {roi.roi === null ? 'missing' : `${formatSigned(roi.roi * 100, 0)}%`}
        </strong>
      </div>
      <dl className="roi-lines">
        <dt>Cost</dt>
        <dd>
          {formatMoney(roi.cost.total, currency)}{' '}
          <span className="muted">
            = fees {formatMoney(roi.cost.fees, currency)} + {formatNumber(roi.cost.hours)} h ×{' '}
            {formatMoney(roi.cost.hourlyCost, currency)}
          </span>
        </dd>
        <dt>Benefit</dt>
        <dd>{roi.benefit === null ? 'missing' : formatMoney(roi.benefit, currency)}</dd>
        {assumptions ? (
          <>
            <dt>Value per unit</dt>
            <dd>
              {assumptions.valuePerUnit === null
                ? 'not entered'
                : formatMoney(assumptions.valuePerUnit, currency)}
            </dd>
            <dt>Windows</dt>
            <dd>
              {assumptions.windowBeforeDays} days before the start, {assumptions.windowAfterDays}{' '}
              after the end
            </dd>
            {assumptions.note ? (
              <>
                <dt>Basis</dt>
                <dd>{assumptions.note}</dd>
              </>
            ) : null}
          </>
        ) : (
          <>
            <dt>Assumptions</dt>
            <dd>Those of each training in the campaign.</dd>
          </>
        )}
      </dl>
      <p className="muted roi-explanation">{roi.explanation}</p>
      {onEdit ? (
        <button type="button" className="button" onClick={onEdit}>
          <SlidersHorizontal size={16} aria-hidden /> Edit assumptions
        </button>
      ) : null}
    </section>
  )
}

export function EvaluationCardView(props: {
  card: EvaluationCard
  currency: string
  hasKpi: boolean
  assumptions: EvaluationAssumptions | null
  onEditAssumptions: (() => void) | null
  onRecord: (() => void) | null
}) {
  const { card, currency } = props
  const headingId = `card-${card.id}`
  const retention = card.retention.filter((point) => point.enrolledShare !== null)
  return (
    <article className="card evaluation-card" aria-labelledby={headingId}>
      <header className="card-header">
        <div>
          <h3 id={headingId} tabIndex={-1}>
            {card.title}
          </h3>
          <p className="muted evaluation-counts">
            {card.kind === 'campaign' ? 'Campaign · ' : ''}
            {card.enrolments} enrolled · {card.completed} completed
            {card.withdrawn > 0 ? ` · ${card.withdrawn} withdrew` : ''} (finishing is not success:
            the four levels below are the evidence)
          </p>
        </div>
        {props.onRecord ? (
          <button type="button" className="button" onClick={props.onRecord}>
            <ClipboardPen size={16} aria-hidden /> Record evaluation
          </button>
        ) : null}
      </header>
      <div className="level-grid">
        <LevelTile level={1} name="Reaction" question="Did they find it relevant and engaging?">
          <ReactionBody reaction={card.levels.reaction} />
        </LevelTile>
        <LevelTile level={2} name="Learning" question="Did knowledge and skill grow?">
          <LearningBody learning={card.levels.learning} />
        </LevelTile>
        <LevelTile level={3} name="Behaviour" question="Is it used on the job?">
          <BehaviourBody behaviour={card.levels.behaviour} />
        </LevelTile>
        <LevelTile level={4} name="Results" question="Did the business KPI move?">
          <ResultsBody results={card.levels.results} hasKpi={props.hasKpi} />
        </LevelTile>
      </div>
      <div className="evaluation-lower">
        <div className="evaluation-charts">
          {card.levels.results?.map((result) => (
            <BeforeAfterChart
              key={result.kpiId}
              result={result}
              id={`${card.id}-${result.kpiId}`}
            />
          ))}
          {retention.length > 0 ? (
            <p className="retention">
              <strong>Retention:</strong>{' '}
              {retention
                .map(
                  (point) =>
                    `${point.months} months after: ${formatShare(point.enrolledShare)} of those enrolled still here (${point.enrolledRetained} of ${point.enrolledEligible}) vs ${formatShare(point.othersShare)} of everyone else`,
                )
                .join('; ')}
              .
            </p>
          ) : null}
        </div>
        <RoiPanel
          roi={card.roi}
          currency={currency}
          assumptions={props.assumptions}
          onEdit={props.onEditAssumptions}
        />
      </div>
      {card.evidenceNeeded.length > 0 ? (
        <section className="evidence-needed" aria-label="Evidence still needed">
          <h4>Evidence still needed</h4>
          <ul>
            {card.evidenceNeeded.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="evidence-complete">All four levels have evidence.</p>
      )}
    </article>
  )
}
