import { useLiveQuery } from 'dexie-react-hooks'
import { Sprout } from 'lucide-react'
import type { TableName } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { EmptyState } from '../../ui/EmptyState'
import { PersonReviewsTab } from '../reviews/PersonReviewsTab'

export type PersonTabId =
  'profile' | 'skills' | 'plan' | 'goals' | 'checkins' | 'feedback' | 'reviews'

export const personTabs: Array<{ id: PersonTabId; label: string }> = [
  { id: 'profile', label: 'Profile' },
  { id: 'skills', label: 'Skills' },
  { id: 'plan', label: 'Plan' },
  { id: 'goals', label: 'Goals' },
  { id: 'checkins', label: 'Check-ins' },
  { id: 'feedback', label: 'Feedback' },
  { id: 'reviews', label: 'Reviews' },
]

const tabContent: Record<
  Exclude<PersonTabId, 'profile'>,
  { table: TableName; field: string; noun: [string, string]; willShow: string }
> = {
  skills: {
    table: 'assessments',
    field: 'personId',
    noun: ['assessment', 'assessments'],
    willShow:
      'Current against required level per skill, assessment history, and what they want to learn.',
  },
  plan: {
    table: 'planItems',
    field: 'personId',
    noun: ['plan item', 'plan items'],
    willShow:
      'Their development plan: focus skills, training and activities, progress and what is overdue.',
  },
  goals: {
    table: 'goals',
    field: 'ownerPersonId',
    noun: ['goal', 'goals'],
    willShow: 'Their goals and key results with progress and confidence.',
  },
  checkins: {
    table: 'checkins',
    field: 'personId',
    noun: ['check-in', 'check-ins'],
    willShow: 'Every 1:1 with notes, answers and action items, and when the next one is due.',
  },
  feedback: {
    table: 'feedback',
    field: 'personId',
    noun: ['feedback entry', 'feedback entries'],
    willShow: 'Observations logged as they happened: situation, behaviour and impact.',
  },
  reviews: {
    table: 'reviews',
    field: 'personId',
    noun: ['review', 'reviews'],
    willShow: 'Their reviews with ratings, evidence and bias checks.',
  },
}

export function PersonRecordsTab(props: {
  tab: Exclude<PersonTabId, 'profile'>
  personId: string
}) {
  if (props.tab === 'reviews') return <PersonReviewsTab personId={props.personId} />
  return <PlaceholderTab {...props} />
}

function PlaceholderTab(props: { tab: Exclude<PersonTabId, 'profile'>; personId: string }) {
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
