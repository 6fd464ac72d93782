import type { FeedbackEntry, Person } from '../../../../shared/model'

export const feedbackKindLabels: Record<FeedbackEntry['kind'], string> = {
  praise: 'Praise',
  constructive: 'Constructive',
  observation: 'Observation',
}

export const moodLabels: Record<number, string> = {
  1: 'Very low',
  2: 'Low',
  3: 'Okay',
  4: 'Good',
  5: 'Great',
}

export function personLink(person: Pick<Person, 'id'>): string {
  return `#/people/${encodeURIComponent(person.id)}`
}

export function checkinLink(id: string): string {
  return `#/checkins/${encodeURIComponent(id)}`
}
