import { EyeOff } from 'lucide-react'
import { useId } from 'react'
import type { Enps, PulseQuestionResult, PulseResults } from '../../../../../shared/domain/requests'
import { formatDate } from '../../../ui/format'
import { DistributionBar, DistributionLegend } from './DistributionBar'
import {
  describeEnps,
  describeHidden,
  describeResponseRate,
  formatAverage,
  formatEnps,
} from './pulse-text'

/** One pulse: who answered of the team, then its results, or why they are hidden. */
export function PulseCard(props: { pulse: PulseResults }) {
  const { pulse } = props
  const headingId = useId()
  const options = pulse.questions.find((q) => !q.isHidden)?.distribution ?? []
  return (
    <section className="card pulse-card" aria-labelledby={headingId}>
      <header className="card-header">
        <div>
          <h2 id={headingId}>{pulse.title}</h2>
          <p className="muted pulse-meta">Due {formatDate(pulse.date)}</p>
        </div>
        <div className="pulse-rate">
          <span className="pulse-rate-value">{describeResponseRate(pulse)}</span>
          {pulse.responseRate !== null ? (
            <progress
              max={1}
              value={pulse.responseRate}
              aria-label={`Response rate of ${pulse.title}`}
            />
          ) : null}
        </div>
      </header>
      {pulse.isHidden ? (
        <p className="pulse-hidden">
          <EyeOff size={18} aria-hidden />
          <span>
            {describeHidden(pulse.minResponses, pulse.responseCount)} Below that, answers could tell
            who wrote them.
          </span>
        </p>
      ) : (
        <div className="pulse-results">
          <div className="pulse-questions">
            <h3>Agreement</h3>
            {options.length > 0 ? <DistributionLegend options={options} /> : null}
            <ul className="pulse-question-list">
              {pulse.questions.map((question) => (
                <QuestionRow key={question.questionId} question={question} pulse={pulse} />
              ))}
            </ul>
          </div>
          <EnpsBlock enps={pulse.enps} pulse={pulse} />
          <Comments comments={pulse.comments} />
        </div>
      )}
    </section>
  )
}

function QuestionRow(props: { question: PulseQuestionResult; pulse: PulseResults }) {
  const { question } = props
  return (
    <li className="pulse-question">
      <span className="pulse-prompt">{question.prompt}</span>
      {question.isHidden ? (
        <span className="muted pulse-question-hidden">
          {describeHidden(props.pulse.minResponses, question.answerCount, 'answer')}
        </span>
      ) : (
        <>
          <DistributionBar question={question} />
          <span className="pulse-average" title="Average on the 1 to 5 scale">
            <span className="visually-hidden">Average </span>
            {formatAverage(question.average)}
          </span>
        </>
      )}
    </li>
  )
}

function EnpsBlock(props: { enps: Enps | null; pulse: PulseResults }) {
  const { enps } = props
  return (
    <div className="pulse-enps">
      <h3>eNPS</h3>
      {enps === null ? (
        <p className="muted">{describeHidden(props.pulse.minResponses, 0, 'answer')}</p>
      ) : (
        <>
          <p className="pulse-enps-score">{formatEnps(enps.score)}</p>
          <p className="muted">{describeEnps(enps)}</p>
          <p className="field-hint">
            % of promoters (9–10) minus % of detractors (0–6), from −100 to +100.
          </p>
        </>
      )}
    </div>
  )
}

function Comments(props: { comments: string[] }) {
  const headingId = useId()
  return (
    <section className="pulse-comments" aria-labelledby={headingId}>
      <h3 id={headingId}>In their own words ({props.comments.length})</h3>
      {props.comments.length === 0 ? (
        <p className="muted">Nobody wrote anything more.</p>
      ) : (
        <>
          <p className="field-hint">In alphabetical order, so the order says nothing about who.</p>
          <ul className="pulse-comment-list">
            {props.comments.map((comment, index) => (
              <li key={index}>{comment}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
