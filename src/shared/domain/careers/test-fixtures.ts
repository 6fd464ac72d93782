import type { CareerEvent, LeaverRecord, Person, Review } from '../../model'

export function person(id: string, fields: Partial<Person> = {}): Person {
  return {
    id,
    employeeId: null,
    displayName: id,
    givenName: '',
    familyName: '',
    email: '',
    title: '',
    teamId: 'team-a',
    managerId: null,
    roleId: 'role-barista',
    hireDate: '2020-01-01',
    status: 'active',
    leftDate: null,
    workArrangement: null,
    location: '',
    checkinCadence: null,
    customFields: {},
    createdAt: '2020-01-01',
    ...fields,
  }
}

/** A person who left on `date`, with the leaver record that says so. */
export function leaver(
  id: string,
  date: string,
  fields: Partial<LeaverRecord> = {},
  personFields: Partial<Person> = {},
): { person: Person; record: LeaverRecord } {
  const record: LeaverRecord = {
    id: `leaver-${id}`,
    personId: id,
    date,
    hireDate: personFields.hireDate ?? '2020-01-01',
    isVoluntary: true,
    isRegretted: false,
    reason: 'Pay and benefits',
    reasonDetail: '',
    exitInterview: [],
    roleId: 'role-barista',
    teamId: personFields.teamId ?? 'team-a',
    managerId: null,
    createdAt: `${date}T12:00:00.000Z`,
    ...fields,
  }
  return { person: person(id, { status: 'left', leftDate: date, ...personFields }), record }
}

export function roleChange(
  personId: string,
  date: string,
  from: string | null,
  to: string | null,
  isPromotion = true,
): CareerEvent {
  return {
    id: `event-${personId}-${date}`,
    personId,
    date,
    changes: [{ field: 'roleId', from, to }],
    isPromotion,
    source: 'manual',
    sourceName: '',
    importRunId: null,
    note: '',
    createdAt: `${date}T09:00:00.000Z`,
  }
}

export function review(personId: string, cycleId: string, overallRating: number | null): Review {
  return {
    id: `review-${personId}-${cycleId}`,
    cycleId,
    personId,
    raterName: '',
    state: 'final',
    skillRatings: [],
    goalRatings: [],
    selfRatings: [],
    overallRating,
    potential: null,
    strengths: '',
    growthAreas: '',
    nextGoals: '',
    updatedAt: '2026-01-10',
  }
}
