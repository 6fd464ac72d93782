import { PersonCheckinsTab } from '../checkins/PersonCheckinsTab'
import { PersonFeedbackTab } from '../checkins/PersonFeedbackTab'
import { PersonTimelineTab } from '../checkins/PersonTimelineTab'
import { PersonPlanTab } from '../training/PersonPlanTab'
import { PersonGoalsTab } from '../goals/PersonGoalsTab'
import { PersonReviewsTab } from '../reviews/PersonReviewsTab'
import { PersonSkillsTab } from './PersonSkillsTab'

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
  return <PersonSkillsTab personId={props.personId} />
}
