import { ClipboardPen, SlidersHorizontal } from 'lucide-react'
import {
  roiStatusLabels,
  type BehaviourLevel,
  type EvaluationCard,
  type LearningLevel,
  type ReactionLevel,
  type ResultsLevel,
  type RoiResult,
  type RoiStatus,
  type Wording,
} from '../../../../shared/domain/evaluation'
import {
  describeAssumptions,
  describeBenefitItem,
  formatRoi,
} from '../../../../shared/domain/evaluation/card-wording'
import type { EvaluationAssumptions, Kpi } from '../../../../shared/model'
import { BeforeAfterChart } from './BeforeAfterChart'
import { formatNumber, formatShare, formatSigned } from './evaluation-format'

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
      {reaction.usefulness ? (
        <>
          <dt>Usefulness</dt>
          <dd>
            {formatNumber(reaction.usefulness.average)} / 5{' '}
            <span className="muted">(n {reaction.usefulness.count})</span>
          </dd>
        </>
      ) : null}
      {reaction.confidence ? (
        <>
          <dt>Confidence to apply</dt>
          <dd>
            {formatNumber(reaction.confidence.average)} / 5{' '}
            <span className="muted">(n {reaction.confidence.count})</span>
          </dd>
        </>
      ) : null}
      <dt>Would recommend</dt>
      <dd>{formatShare(reaction.wouldRecommendShare)}</dd>
      <dt>Responses</dt>
      <dd>
        {reaction.responses}
        {reaction.fromParticipant > 0 ? (
          <span className="muted">
            {' '}
            · {reaction.fromParticipant === reaction.responses
              ? 'all'
              : reaction.fromParticipant}{' '}
            from the participant{reaction.fromParticipant === 1 ? '' : 's'}
          </span>
        ) : null}
      </dd>
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

/** The ROI statuses that read as good news and as bad news; the rest are neutral. */
const roiTone: Partial<Record<RoiStatus, 'good' | 'bad'>> = {
  'paid-back': 'good',
  negative: 'bad',
}

function RoiPanel(props: {
  roi: RoiResult
  wording: Wording
  assumptions: EvaluationAssumptions | null
  kpi: Kpi | null
  onEdit: (() => void) | null
}) {
  const { roi, wording: w, assumptions, kpi, onEdit } = props
  const tone = roiTone[roi.status]
  const lines = assumptions
    ? describeAssumptions(
        { assumptions, kpi, monthsCounted: roi.items[0]?.monthsCounted ?? null },
        w,
      )
    : null
  return (
    <section className="roi-panel" aria-label="Return on investment">
      <div className="roi-figure">
        <span className="roi-label">ROI so far</span>
        <strong className="roi-value">{formatRoi(roi.roi, w)}</strong>
        <span className={`tag roi-status${tone ? ` roi-status-${tone}` : ''}`}>
          {roiStatusLabels[roi.status]}
        </span>
      </div>
      <p className="roi-why">{roi.why}</p>
      <dl className="roi-lines">
        <dt>Cost</dt>
        <dd>
          {w.money(roi.cost.total)}{' '}
          <span className="muted">
            = fees {w.money(roi.cost.fees)} + {w.number(roi.cost.hours)} h ×{' '}
            {w.money(roi.cost.hourlyCost)}
          </span>
        </dd>
        <dt>Benefit</dt>
        <dd>
          {roi.benefit === null ? (
            <span className="muted">none counted yet</span>
          ) : (
            <>
              {w.money(roi.benefit)} so far
              {roi.monthlyBenefit !== null ? (
                <span className="muted"> · {w.money(roi.monthlyBenefit)} a month</span>
              ) : null}
            </>
          )}
        </dd>
      </dl>
      <h4 className="roi-assumptions-title">The assumptions behind it</h4>
      {lines ? (
        <dl className="roi-lines roi-assumptions">
          {lines.map((line) => (
            <div key={line.term} className="roi-line">
              <dt>{line.term}</dt>
              <dd>{line.text}</dd>
            </div>
          ))}
        </dl>
      ) : roi.items.length > 0 ? (
        <dl className="roi-lines roi-assumptions">
          {roi.items.map((item) => (
            <div key={item.kpiId} className="roi-line">
              <dt>{item.kpiName}</dt>
              <dd>{describeBenefitItem(item, w)}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="roi-assumptions-none">Those of each training in the campaign.</p>
      )}
      <p className="muted roi-explanation">{roi.explanation}</p>
      {onEdit ? (
        <button type="button" className="button" onClick={onEdit}>
          <SlidersHorizontal size={16} aria-hidden /> Edit assumptions…
        </button>
      ) : null}
    </section>
  )
}

export function EvaluationCardView(props: {
  card: EvaluationCard
  wording: Wording
  hasKpi: boolean
  assumptions: EvaluationAssumptions | null
  kpi: Kpi | null
  onEditAssumptions: (() => void) | null
  onRecord: (() => void) | null
}) {
  const { card } = props
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
              wording={props.wording}
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
          wording={props.wording}
          assumptions={props.assumptions}
          kpi={props.kpi}
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
