import { readinessLabels, type Readiness } from '../../../../shared/domain/careers'

/** The share of a role's requirements met, as a bar and a number, with the band beside it. */
export function ReadinessMeter(props: { readiness: Readiness; withBand?: boolean }) {
  const { readiness } = props
  const percent = readiness.share === null ? null : Math.round(readiness.share * 100)
  return (
    <span className="readiness-cell">
      <span
        className="readiness-bar"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? 0}
        aria-label={`${percent ?? 0}% of the requirements met`}
      >
        <span style={{ width: `${percent ?? 0}%` }} />
      </span>
      <span>{percent === null ? '–' : `${percent}%`}</span>
      {props.withBand ? <BandBadge readiness={readiness} /> : null}
    </span>
  )
}

export function BandBadge(props: { readiness: Readiness }) {
  const { band } = props.readiness
  return (
    <span className={band === 'now' ? 'badge badge-accent' : 'badge'}>{readinessLabels[band]}</span>
  )
}
