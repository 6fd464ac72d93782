import { useLiveQuery } from 'dexie-react-hooks'
import { Sprout } from 'lucide-react'
import type { TableName } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { EmptyState } from '../../ui/EmptyState'
import { PersonCheckinsTab } from '../checkins/PersonCheckinsTab'
import { PersonFeedbackTab } from '../checkins/PersonFeedbackTab'
import { PersonTimelineTab } from '../checkins/PersonTimelineTab'
import { PersonPlanTab } from '../training/PersonPlanTab'
import { PersonGoalsTab } from '../goals/PersonGoalsTab'
import { PersonReviewsTab } from '../reviews/PersonReviewsTab'

export type PersonTabId =
  'profile' | 'skills' | 'plan' | 'goals' | 'checkins' | 'feedback' | 'reviews' | 'timeline'

export const personTabs: Array<{ id: PersonTabId; label: string }> = [
  { id: 'profile', label: 'Profile' },
  { id: 'skills', label: 'Skills' },
  { id: 'plan', label: 'Plan' },
  { id: 'goals', label: 'Goals' },
  { id: 'checkins', label: 'Check-ins' },
  { id: 'feedback', label: 'Feedback' },
  { id: 'reviews', label: 'Reviews' },
  { id: 'timeline', label: 'Timeline' },
]

type PlaceholderTabId = Exclude<
  PersonTabId,
  'profile' | 'plan' | 'goals' | 'checkins' | 'feedback' | 'reviews' | 'timeline'
>

const tabContent: Record<
  PlaceholderTabId,
  { table: TableName; field: string; noun: [string, string]; willShow: string }
> = {
  skills: {
    table: 'assessments',
    field: 'personId',
    noun: ['assessment', 'assessments'],
    willShow:
      'Current against required level per skill, assessment history, and what they want to learn.',
  },
}

export function PersonRecordsTab(props: {
  tab: Exclude<PersonTabId, 'profile'>
  personId: string
}) {
  if (props.tab === 'reviews') return <PersonReviewsTab personId={props.personId} />
  if (props.tab === 'goals') return <PersonGoalsTab personId={props.personId} />
  if (props.tab === 'plan') return <PersonPlanTab personId={props.personId} />
  if (props.tab === 'checkins') return <PersonCheckinsTab personId={props.personId} />
  if (props.tab === 'feedback') return <PersonFeedbackTab personId={props.personId} />
  if (props.tab === 'timeline') return <PersonTimelineTab personId={props.personId} />
  return <PlaceholderTab tab={props.tab} personId={props.personId} />
}

function PlaceholderTab(props: { tab: PlaceholderTabId; personId: string }) {
  const content = tabContent[props.tab]
  const { db } = useCurrentWorkspace()
  const count = useLiveQuery(
    () => db.table(content.table).where(content.field).equals(props.personId).count(),
    [db, content, props.personId],
  )
  return (
    <EmptyState icon={Sprout} title="This section is on its way">
      <p>{content.willShow}</p>
      <p className="area-counts">
        Recorded so far:{' '}
        <strong>
          {count === undefined
            ? '…'
            : `${count} ${count === 1 ? content.noun[0] : content.noun[1]}`}
        </strong>
        .
      </p>
    </EmptyState>
  )
}
