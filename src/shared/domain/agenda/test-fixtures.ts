import type {
  ActionItem,
  Certification,
  Checkin,
  Enrolment,
  Evaluation,
  Goal,
  GoalUpdate,
  InputRequest,
  Person,
  RequestRecipient,
  Review,
  ReviewCycle,
  TrainingInitiative,
} from '../../model'
import { defaultEvaluationAssumptions } from '../../model'
import type { AgendaInput } from './types'

export function makePerson(id: string, fields: Partial<Person> = {}): Person {
  return {
    id,
    employeeId: null,
    displayName: id,
    givenName: '',
    familyName: '',
    email: '',
    title: '',
    teamId: null,
    managerId: 'boss',
    roleId: null,
    hireDate: '2024-01-08',
    status: 'active',
    leftDate: null,
    workArrangement: null,
    location: '',
    checkinCadence: null,
    customFields: {},
    createdAt: '2024-01-08',
    ...fields,
  }
}

export function makeCheckin(
  id: string,
  personId: string,
  date: string,
  fields: Partial<Checkin> = {},
): Checkin {
  return {
    id,
    personId,
    date,
    templateId: 'tpl-general',
    answers: [],
    sharedNotes: '',
    privateNotes: '',
    mood: null,
    skillIds: [],
    goalIds: [],
    planItemIds: [],
    agenda: [],
    status: 'done',
    ...fields,
  }
}

export function makeAction(
  id: string,
  checkinId: string,
  personId: string,
  fields: Partial<ActionItem> = {},
): ActionItem {
  return {
    id,
    checkinId,
    personId,
    text: `Action ${id}`,
    owner: 'employee',
    dueDate: null,
    isDone: false,
    doneDate: null,
    carriedFromId: null,
    ...fields,
  }
}

export function makeGoal(id: string, fields: Partial<Goal> = {}): Goal {
  return {
    id,
    title: `Goal ${id}`,
    description: '',
    level: 'person',
    style: 'okr',
    period: '2026-Q4',
    parentId: null,
    teamId: null,
    ownerPersonId: null,
    dueDate: null,
    status: 'active',
    weight: 1,
    smart: null,
    skillIds: [],
    carriedFromId: null,
    ...fields,
  }
}

export function makeGoalUpdate(id: string, goalId: string, date: string): GoalUpdate {
  return { id, goalId, keyResultId: null, date, value: null, confidence: 'on-track', note: '' }
}

export function makeInitiative(
  id: string,
  fields: Partial<TrainingInitiative> = {},
): TrainingInitiative {
  return {
    id,
    title: `Training ${id}`,
    description: '',
    format: 'course',
    provider: { kind: 'internal', personId: null, name: '' },
    cost: 0,
    hours: 0,
    skillTargets: [],
    learningOutcome: '',
    kpiId: null,
    targetChange: null,
    measurementMethod: '',
    evaluationAssumptions: { ...defaultEvaluationAssumptions },
    ...fields,
  }
}

export function makeEnrolment(
  id: string,
  personId: string,
  initiativeId: string,
  fields: Partial<Enrolment> = {},
): Enrolment {
  return {
    id,
    personId,
    initiativeId,
    campaignId: null,
    status: 'completed',
    startDate: '2026-08-01',
    endDate: '2026-09-01',
    ...fields,
  }
}

export function makeResults(id: string, enrolmentId: string, kpiId: string): Evaluation {
  return {
    id,
    enrolmentId,
    date: '2026-12-01',
    note: '',
    kind: 'results',
    kpiId,
    valueBefore: 1,
    valueAfter: 2,
  }
}

export function makeCertification(
  id: string,
  personId: string,
  fields: Partial<Certification> = {},
): Certification {
  return {
    id,
    personId,
    name: 'Food safety',
    issuer: '',
    issuedOn: '2024-01-01',
    expiresOn: null,
    evidence: { kind: 'none' },
    ...fields,
  }
}

export function makeCycle(
  id: string,
  personIds: string[],
  fields: Partial<ReviewCycle> = {},
): ReviewCycle {
  return {
    id,
    name: `Cycle ${id}`,
    periodStart: '2026-07-01',
    periodEnd: '2026-12-31',
    personIds,
    ...fields,
  }
}

export function makeReview(
  id: string,
  cycleId: string,
  personId: string,
  state: Review['state'],
): Review {
  return {
    id,
    cycleId,
    personId,
    raterName: '',
    state,
    skillRatings: [],
    goalRatings: [],
    selfRatings: [],
    overallRating: null,
    potential: null,
    strengths: '',
    growthAreas: '',
    nextGoals: '',
    updatedAt: '2026-12-01',
  }
}

export function makeRecipient(
  personId: string | null,
  fields: Partial<RequestRecipient> = {},
): RequestRecipient {
  return {
    token: `00000000-0000-4000-8000-${(personId ?? 'team').padStart(12, '0').slice(-12)}`,
    personId,
    questions: [
      {
        id: 'q',
        type: 'text',
        prompt: 'How are you?',
        help: '',
        group: '',
        isRequired: false,
        maxLength: 4000,
      },
    ],
    context: {
      personName: '',
      roleName: '',
      subjectName: '',
      trainingTitle: '',
      cycleName: '',
      notes: [],
    },
    exportedAt: '2026-11-20',
    answeredAt: null,
    ...fields,
  }
}

export function makeRequest(
  id: string,
  recipients: RequestRecipient[],
  fields: Partial<InputRequest> = {},
): InputRequest {
  return {
    id,
    kind: 'self-review',
    title: `Request ${id}`,
    message: '',
    askedBy: 'Maeve',
    createdAt: '2026-11-20',
    dueDate: '2026-12-10',
    expiresOn: '2027-01-31',
    status: 'open',
    cycleId: null,
    enrolmentId: null,
    subjectPersonId: null,
    isAnonymous: false,
    audiencePersonIds: [],
    recipients,
    ...fields,
  }
}

export function makeInput(fields: Partial<AgendaInput> = {}): AgendaInput {
  return {
    people: [],
    checkins: [],
    actionItems: [],
    goals: [],
    goalUpdates: [],
    kpis: [],
    initiatives: [],
    enrolments: [],
    evaluations: [],
    certifications: [],
    reviewCycles: [],
    reviews: [],
    requests: [],
    responses: [],
    settings: { defaultCadence: 'biweekly', fiscalYearStartMonth: 1 },
    ...fields,
  }
}
