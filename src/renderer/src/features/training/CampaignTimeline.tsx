import { addDays } from '../../../../shared/domain/dates/iso-date'
import type { Campaign, TrainingInitiative } from '../../../../shared/model'
import { countCampaignWeeks, getStepDates } from '../../../../shared/domain/training/campaigns'
import { formatDate } from '../../ui/format'

/** The campaign's steps as bars over its weeks; each bar says its weeks and dates in text. */
export function CampaignTimeline(props: {
  campaign: Campaign
  initiatives: ReadonlyMap<string, TrainingInitiative>
  today: string
}) {
  const { campaign, initiatives, today } = props
  const totalWeeks = countCampaignWeeks(campaign)
  const end = addDays(campaign.startDate, totalWeeks * 7 - 1)
  const todayWeek =
    (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${campaign.startDate}T00:00:00Z`)) /
    (7 * 86_400_000)
  const isTodayShown = todayWeek >= 0 && todayWeek <= totalWeeks
  if (campaign.steps.length === 0) {
    return <p className="muted">No steps yet: edit the campaign to add initiatives in sequence.</p>
  }
  return (
    <div>
      <ol className="timeline" aria-label={`Timeline of ${campaign.name}, ${totalWeeks} weeks`}>
        {campaign.steps.map((step, index) => {
          const dates = getStepDates(campaign, step)
          const title = initiatives.get(step.initiativeId)?.title ?? 'Deleted initiative'
          const weeks =
            step.weeks === 1
              ? `week ${step.startWeek + 1}`
              : `weeks ${step.startWeek + 1}–${step.startWeek + step.weeks}`
          return (
            <li className="timeline-row" key={`${step.initiativeId}-${index}`}>
              <span>
                {title}
                <span className="visually-hidden">
                  : {weeks}, {formatDate(dates.start)} to {formatDate(dates.end)}
                </span>
              </span>
              <span className="timeline-track" aria-hidden>
                <span
                  className="timeline-bar"
                  title={`${formatDate(dates.start)} – ${formatDate(dates.end)}`}
                  style={{
                    left: `${(step.startWeek / totalWeeks) * 100}%`,
                    width: `${(step.weeks / totalWeeks) * 100}%`,
                  }}
                >
                  {weeks}
                </span>
                {isTodayShown ? (
                  <span
                    className="timeline-today"
                    style={{ left: `${(todayWeek / totalWeeks) * 100}%` }}
                  />
                ) : null}
              </span>
            </li>
          )
        })}
      </ol>
      <div className="timeline-row" aria-hidden>
        <span />
        <span className="timeline-scale">
          <span>{formatDate(campaign.startDate)}</span>
          {isTodayShown ? <span>Red line: today</span> : null}
          <span>{formatDate(end)}</span>
        </span>
      </div>
    </div>
  )
}
