import type { PulseQuestionResult } from '../../../../../shared/domain/requests'
import { describeDistribution, toShares } from './pulse-text'

/** A question's answers as one bar split by option, from disagree (left) to agree (right). */
export function DistributionBar(props: { question: PulseQuestionResult }) {
  const { question } = props
  const shares = toShares(question.distribution)
  return (
    <span className="pulse-bar" role="img" aria-label={describeDistribution(question)}>
      {question.distribution.map((option, index) =>
        option.count === 0 ? null : (
          <span
            key={option.value}
            className={`pulse-segment pulse-segment-${index + 1}`}
            style={{ width: `${shares[index]}%` }}
            title={`${option.label}: ${option.count}`}
          >
            {shares[index]! >= 10 ? option.count : ''}
          </span>
        ),
      )}
    </span>
  )
}

export function DistributionLegend(props: { options: PulseQuestionResult['distribution'] }) {
  return (
    <ul className="pulse-legend" aria-label="Answers, from left to right">
      {props.options.map((option, index) => (
        <li key={option.value}>
          <span className={`swatch pulse-segment-${index + 1}`} aria-hidden />
          {option.label}
        </li>
      ))}
    </ul>
  )
}
