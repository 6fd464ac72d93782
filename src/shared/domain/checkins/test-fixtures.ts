import type { ActionItem, Checkin, FeedbackEntry, Person } from '../../model'

export function makePerson(overrides: Partial<Person> = {}): Person {
  return {
    id: 'p1',
    employeeId: null,
    displayName: 'Ada Lovelace',
    givenName: 'Ada',
    familyName: 'Lovelace',
    email: '',
    title: '',
    teamId: null,
    managerId: 'boss',
    roleId: null,
    hireDate: '2024-01-01',
    status: 'active',
    leftDate: null,
    workArrangement: null,
    location: '',
    checkinCadence: null,
    customFields: {},
    createdAt: '2024-01-01',
    ...overrides,
  }
}

export function makeCheckin(overrides: Partial<Checkin> = {}): Checkin {
  return {
    id: 'c1',
    personId: 'p1',
    date: '2026-11-02',
    templateId: 'tpl-development',
    answers: [],
    sharedNotes: '',
    privateNotes: '',
    mood: null,
    skillIds: [],
    goalIds: [],
    planItemIds: [],
    agenda: [],
    status: 'done',
    ...overrides,
  }
}

export function makeAction(overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id: 'a1',
    checkinId: 'c1',
    personId: 'p1',
    text: 'Book the espresso course',
    owner: 'employee',
    dueDate: '2026-11-16',
    isDone: false,
    doneDate: null,
    carriedFromId: null,
    ...overrides,
  }
}

export function makeFeedback(overrides: Partial<FeedbackEntry> = {}): FeedbackEntry {
  return {
    id: 'f1',
    personId: 'p1',
    date: '2026-11-10',
    kind: 'praise',
    source: 'manager',
    authorName: '',
    situation: 'Saturday rush',
    behaviour: 'Kept the queue moving and calm',
    impact: 'No complaints',
    skillIds: [],
    goalIds: [],
    ...overrides,
  }
}
