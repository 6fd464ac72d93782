import type { RequestKind } from '../../model/requests'

export const requestKindLabels: Record<RequestKind, string> = {
  'self-review': 'Self-review',
  'checkin-prep': '1:1 prep',
  aspirations: 'Aspirations and interests',
  'peer-feedback': 'Peer feedback',
  'training-reaction': 'Training reaction',
  'team-pulse': 'Team pulse',
}

export const requestKindDescriptions: Record<RequestKind, string> = {
  'self-review':
    'Before a review: their own rating of each role skill, how each goal went, what they achieved and want to develop.',
  'checkin-prep':
    'Before the next check-in: their answers to the development questions, the points they want to raise and their mood.',
  aspirations:
    'What they want to grow into: skills they want to learn, their interest per skill, the next role they aim for and the support they want.',
  'peer-feedback':
    'Feedback on a colleague you name: a situation, the behaviour and its impact, and a few ratings.',
  'training-reaction':
    'After a training: how relevant, engaging and useful it was and how confident they are to apply it (Kirkpatrick level 1).',
  'team-pulse':
    'A few agreement questions, eNPS and one open question, answered anonymously by the whole team.',
}

export const requestKinds = Object.keys(requestKindLabels) as RequestKind[]

/** Kinds that go to one file per person; a team pulse is one file for the whole team. */
export function isPerPersonKind(kind: RequestKind): boolean {
  return kind !== 'team-pulse'
}
