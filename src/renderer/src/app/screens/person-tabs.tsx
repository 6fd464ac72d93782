import { PersonCareerTab } from '../../features/careers/PersonCareerTab'
import { PersonCheckinsTab } from '../../features/checkins/PersonCheckinsTab'
import { PersonFeedbackTab } from '../../features/checkins/PersonFeedbackTab'
import { PersonTimelineTab } from '../../features/checkins/PersonTimelineTab'
import { PersonGoalsTab } from '../../features/goals/PersonGoalsTab'
import { PersonSkillsTab } from '../../features/matrix/PersonSkillsTab'
import type { PersonTab } from '../../features/people/PersonProfile'
import { PacketExport } from '../../features/reports/PacketExport'
import { PersonReviewsTab } from '../../features/reviews/PersonReviewsTab'
import { PersonPlanTab } from '../../features/training/PersonPlanTab'

/** The person's reviews (reviews/) with their packet export (reports/) beside them. */
function PersonReviewsWithPacket(props: { personId: string }) {
  return (
    <PersonReviewsTab
      personId={props.personId}
      packetExport={(data) => <PacketExport data={data} initialPersonId={props.personId} />}
    />
  )
}

/** The person profile's tabs after Profile, each drawn by the feature that owns its records. */
export const personTabs: PersonTab[] = [
  { id: 'skills', label: 'Skills', Panel: PersonSkillsTab },
  { id: 'plan', label: 'Plan', Panel: PersonPlanTab },
  { id: 'goals', label: 'Goals', Panel: PersonGoalsTab },
  { id: 'checkins', label: 'Check-ins', Panel: PersonCheckinsTab },
  { id: 'feedback', label: 'Feedback', Panel: PersonFeedbackTab },
  { id: 'reviews', label: 'Reviews', Panel: PersonReviewsWithPacket },
  { id: 'career', label: 'Career', Panel: PersonCareerTab },
  { id: 'timeline', label: 'Timeline', Panel: PersonTimelineTab },
]
