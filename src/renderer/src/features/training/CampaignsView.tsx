import { useLiveQuery } from 'dexie-react-hooks'
import { CalendarRange, Plus } from 'lucide-react'
import { useState } from 'react'
import type { Campaign } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { enrolCohort } from '../../db/repositories/training'
import { EmptyState } from '../../ui/EmptyState'
import { formatDate, describeError, todayIso } from '../../ui/format'
import { notify } from '../../ui/toast-store'
import { CampaignFormDialog } from './CampaignFormDialog'
import { CampaignTimeline } from './CampaignTimeline'
import { confirmDeleteCampaign } from './training-actions'

export function CampaignsView() {
  const { db } = useCurrentWorkspace()
  const [editing, setEditing] = useState<Campaign | 'new' | null>(null)
  const data = useLiveQuery(async () => {
    const [campaigns, initiatives, people, enrolments] = await Promise.all([
      db.campaigns.orderBy('startDate').reverse().toArray(),
      db.initiatives.toArray(),
      db.people.toArray(),
      db.enrolments.where('campaignId').notEqual('').toArray(),
    ])
    return {
      campaigns,
      initiatives: new Map(initiatives.map((i) => [i.id, i])),
      people: new Map(people.map((p) => [p.id, p.displayName])),
      enrolments,
    }
  }, [db])
  const today = todayIso()

  const enrol = async (campaign: Campaign): Promise<void> => {
    try {
      const { created, alreadyEnrolled } = await enrolCohort(db, campaign.id)
      notify(
        'success',
        created === 0
          ? `Everyone in the cohort was already enrolled (${alreadyEnrolled} enrolments).`
          : `Created ${created} enrolment${created === 1 ? '' : 's'} for “${campaign.name}”${alreadyEnrolled > 0 ? `; ${alreadyEnrolled} already existed` : ''}.`,
      )
    } catch (error) {
      notify('error', describeError(error))
    }
  }

  if (!data) return <p className="muted">Loading campaigns…</p>
  const newButton = (
    <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
      <Plus size={16} aria-hidden /> New campaign
    </button>
  )
  return (
    <>
      {data.campaigns.length === 0 ? (
        <EmptyState icon={CalendarRange} title="No campaigns yet" actions={newButton}>
          <p>
            A campaign is a blended programme for a cohort: several initiatives in sequence over
            weeks, such as a workshop, then weekly drills, then coached shifts. Create one, then
            enrol the cohort to give everyone their enrolments.
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="training-toolbar">
            <span className="toolbar-spacer" />
            {newButton}
          </div>
          <div className="campaign-list">
            {data.campaigns.map((campaign) => {
              const own = data.enrolments.filter((e) => e.campaignId === campaign.id)
              const completed = own.filter((e) => e.status === 'completed').length
              return (
                <section
                  className="card"
                  key={campaign.id}
                  aria-labelledby={`campaign-${campaign.id}`}
                >
                  <div className="card-header">
                    <h2 id={`campaign-${campaign.id}`}>{campaign.name}</h2>
                    <div className="row">
                      <button type="button" className="button" onClick={() => void enrol(campaign)}>
                        Enrol the cohort
                      </button>
                      <button
                        type="button"
                        className="link-button"
                        aria-label={`Edit ${campaign.name}`}
                        onClick={() => setEditing(campaign)}
                      >
                        Edit
                      </button>
                      <button
                        type="button"
                        className="link-button"
                        aria-label={`Delete ${campaign.name}`}
                        onClick={() => void confirmDeleteCampaign(db, campaign)}
                      >
                        Delete
                      </button>
                    </div>
                  </div>
                  {campaign.description ? <p>{campaign.description}</p> : null}
                  <p className="muted">
                    Starts {formatDate(campaign.startDate)} · cohort of{' '}
                    {campaign.cohortPersonIds.length}:{' '}
                    {campaign.cohortPersonIds
                      .map((id) => data.people.get(id) ?? 'someone removed')
                      .join(', ')}
                  </p>
                  <CampaignTimeline
                    campaign={campaign}
                    initiatives={data.initiatives}
                    today={today}
                  />
                  <p className="muted">
                    {own.length === 0
                      ? 'Nobody enrolled yet: “Enrol the cohort” creates their enrolments.'
                      : `${own.length} enrolments, ${completed} completed.`}
                  </p>
                </section>
              )
            })}
          </div>
        </>
      )}
      <CampaignFormDialog
        isOpen={editing !== null}
        campaign={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
      />
    </>
  )
}
