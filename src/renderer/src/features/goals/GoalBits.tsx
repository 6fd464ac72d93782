import type { GoalProgress } from '../../../../shared/domain/goals/progress'
import { formatProgress } from '../../../../shared/domain/goals/progress'
import type { QualityFlag } from '../../../../shared/domain/goals/quality'
import {
  confidenceLabels,
  judgeGoalStanding,
  standingLabels,
} from '../../../../shared/domain/goals/standing'
import type { Confidence, Goal } from '../../../../shared/model'

export { confidenceLabels }

export const levelLabels: Record<Goal['level'], string> = {
  company: 'Company',
  team: 'Team',
  person: 'Person',
}

export const statusLabels: Record<Goal['status'], string> = {
  active: 'Active',
  done: 'Done',
  'carried-over': 'Carried over',
  dropped: 'Dropped',
}

const sourceLabels: Record<GoalProgress['source'], string> = {
  'key-results': 'from its key results',
  children: 'rolled up from the goals aligned to it',
  update: 'from the latest update',
  status: 'marked done',
  none: 'not measured yet',
}

export function describeSource(progress: GoalProgress | undefined): string {
  return sourceLabels[progress?.source ?? 'none']
}

export function ProgressBar(props: { progress: number | null; label: string }) {
  const { progress, label } = props
  const percent = progress === null ? 0 : Math.round(progress * 100)
  return (
    <span className="goal-progress">
      <span
        className="goal-progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress === null ? undefined : percent}
        aria-valuetext={progress === null ? 'Not measured yet' : `${percent}%`}
      >
        <span className="goal-progress-fill" style={{ width: `${percent}%` }} />
      </span>
      <span className="goal-progress-value">{formatProgress(progress)}</span>
    </span>
  )
}

export function ConfidenceBadge(props: { confidence: Confidence | null }) {
  if (props.confidence === null) return null
  return (
    <span className={`badge goal-confidence goal-confidence-${props.confidence}`}>
      {confidenceLabels[props.confidence]}
    </span>
  )
}

/** A goal's badge: its latest confidence once progress is recorded, else "No progress yet". */
export function GoalStandingBadge(props: { progress: GoalProgress | undefined }) {
  const standing = judgeGoalStanding(props.progress)
  if (standing === null) return null
  return (
    <span className={`badge goal-confidence goal-confidence-${standing}`}>
      {standingLabels[standing]}
    </span>
  )
}

export function QualityFlags(props: { flags: QualityFlag[]; isDetailed?: boolean }) {
  const { flags, isDetailed } = props
  if (flags.length === 0) return null
  if (isDetailed) {
    return (
      <ul className="goal-flag-list" aria-label="Quality check">
        {flags.map((flag) => (
          <li key={flag.kind}>
            <strong>{flag.label}:</strong> {flag.reason}
          </li>
        ))}
      </ul>
    )
  }
  return (
    <span className="goal-flags">
      {flags.map((flag) => (
        <span key={flag.kind} className="tag goal-flag" title={flag.reason}>
          {flag.label}
          <span className="visually-hidden">: {flag.reason}</span>
        </span>
      ))}
    </span>
  )
}
