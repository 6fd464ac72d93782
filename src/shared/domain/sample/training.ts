import type { Campaign, Enrolment, TrainingInitiative } from '../../model'
import { findPerson, type SampleContext } from './context'
import { addDays } from './dates'
import { toSkillId } from './catalogue'
import {
  findInitiativeSpec,
  initiativeSpecs,
  toInitiativeId,
  type InitiativeSpec,
} from './training-catalogue'
import type { SamplePerson } from './types'
import { findSampleAssumptions } from './roi-assumptions'
import { compareText } from './text'

type StepSpec = { initiative: string; startWeek: number; weeks: number; handles: string[] }
type CampaignSpec = {
  key: string
  name: string
  description: string
  startDaysAgo: number
  cohort: string[]
  steps: StepSpec[]
}
type RunSpec = {
  initiative: string
  startDaysAgo: number
  days: number
  handles: string[]
  /** How many days the start may move either way (4 unless said). */
  jitterDays?: number
}

const wmsCohort = ['mohammed', 'andrei', 'chloe', 'rafael', 'eoin', 'joseph', 'patrick', 'vytautas']
const salesCohort = ['arjun', 'lucia', 'conor', 'fatima', 'ailbhe', 'tolu', 'emma']

const campaignSpecs: CampaignSpec[] = [
  {
    key: 'stockwise-go-live',
    name: 'Stockwise go-live programme',
    description:
      'Blended programme for the move from paper pick lists to Stockwise: a vendor bootcamp, then daily five-minute drills and two coached shifts per person while the system is live.',
    startDaysAgo: 44,
    cohort: wmsCohort,
    steps: [
      { initiative: 'wms-bootcamp', startWeek: 0, weeks: 1, handles: [...wmsCohort, 'katarzyna'] },
      { initiative: 'wms-drills', startWeek: 1, weeks: 6, handles: wmsCohort },
      { initiative: 'wms-floor-coaching', startWeek: 2, weeks: 6, handles: wmsCohort },
    ],
  },
  {
    key: 'grow-repeat-orders',
    name: 'Grow repeat orders',
    description:
      'Ten weeks for the wholesale team: consultative selling, weekly cupping to know the range, and complaint role-plays so a bad delivery does not cost us the account.',
    startDaysAgo: 300,
    cohort: salesCohort,
    steps: [
      {
        initiative: 'consultative-selling',
        startWeek: 0,
        weeks: 1,
        handles: ['arjun', 'lucia', 'conor'],
      },
      { initiative: 'cupping-circle', startWeek: 1, weeks: 8, handles: salesCohort },
      {
        initiative: 'complaint-roleplay',
        startWeek: 2,
        weeks: 2,
        handles: ['fatima', 'ailbhe', 'tolu', 'emma', 'conor'],
      },
    ],
  },
]

const runSpecs: RunSpec[] = [
  { initiative: 'wms-bootcamp', startDaysAgo: 126, days: 2, handles: ['darragh'] },
  {
    initiative: 'eudr-lunch',
    startDaysAgo: 78,
    days: 0,
    handles: [
      'tomas',
      'dawit',
      'ciaran',
      'marta',
      'sean',
      'priya',
      'jonas',
      'grace',
      'yusuf',
      'niamh',
    ],
  },
  { initiative: 'eudr-course', startDaysAgo: 262, days: 38, handles: ['aoife'] },
  { initiative: 'eudr-course', startDaysAgo: 246, days: 42, handles: ['liam'] },
  {
    initiative: 'eudr-course',
    startDaysAgo: -12,
    days: 42,
    handles: ['dawit', 'ciaran', 'marta', 'tomas'],
  },
  { initiative: 'roast-mentoring', startDaysAgo: 480, days: 84, handles: ['liam'] },
  { initiative: 'roast-mentoring', startDaysAgo: 362, days: 84, handles: ['ciaran'] },
  { initiative: 'roast-mentoring', startDaysAgo: 72, days: 120, handles: ['priya'] },
  {
    initiative: 'cupping-circle',
    startDaysAgo: 205,
    days: 56,
    handles: ['ciaran', 'priya', 'marta'],
  },
  { initiative: 'sca-barista', startDaysAgo: 468, days: 2, handles: ['lena'] },
  { initiative: 'sca-barista', startDaysAgo: 302, days: 2, handles: ['kenji'] },
  { initiative: 'sca-barista', startDaysAgo: 25, days: 30, handles: ['roisin'] },
  { initiative: 'consultative-selling', startDaysAgo: 118, days: 7, handles: ['mei'] },
  { initiative: 'complaint-roleplay', startDaysAgo: 125, days: 14, handles: ['mei'] },
  {
    initiative: 'forklift-refresher',
    startDaysAgo: 392,
    days: 1,
    handles: ['mohammed', 'andrei', 'chloe', 'rafael', 'katarzyna'],
  },
  { initiative: 'forklift-refresher', startDaysAgo: -20, days: 1, handles: ['eoin'] },
  {
    initiative: 'coaching-leads',
    startDaysAgo: 330,
    days: 2,
    handles: ['tomas', 'katarzyna', 'sinead', 'oisin'],
  },
  { initiative: 'learning-time', startDaysAgo: 150, days: 180, handles: ['hana', 'marta'] },
  { initiative: 'learning-time', startDaysAgo: 96, days: 180, handles: ['nikhil', 'sean'] },
  {
    initiative: 'route-free',
    startDaysAgo: 322,
    days: 28,
    handles: ['joseph', 'vytautas', 'patrick'],
  },
  {
    initiative: 'machine-simulator',
    startDaysAgo: 262,
    days: 1,
    handles: ['nikhil', 'ben', 'oisin'],
  },
  { initiative: 'machine-simulator', startDaysAgo: 41, days: 1, handles: ['mateusz'] },
  { initiative: 'world-of-coffee', startDaysAgo: 170, days: 3, handles: ['aoife', 'arjun'] },
  // Darragh, on Stockwise since his early bootcamp, did the drills in a fortnight. He finished two
  // to six days ago, and the weekly order error rate is last measured 7 to 13 days ago, so it has
  // no week after his training yet.
  { initiative: 'wms-drills', startDaysAgo: 18, days: 14, handles: ['darragh'], jitterDays: 2 },
]

/** An enrolment with the spec and person it was generated from, for the later sections. */
export type SampleEnrolment = {
  record: Enrolment
  spec: InitiativeSpec
  person: SamplePerson
  /** When the training ends or ended, even if it is still running. */
  plannedEnd: string
}

export type TrainingData = {
  initiatives: TrainingInitiative[]
  campaigns: Campaign[]
  enrolments: SampleEnrolment[]
}

export function createTraining(context: SampleContext): TrainingData {
  const rng = context.rng.fork('training')
  const drafts: {
    spec: InitiativeSpec
    person: SamplePerson
    start: string
    end: string
    campaignId: string | null
  }[] = []
  const campaigns = campaignSpecs.map((campaign): Campaign => {
    const startDate = addDays(context.today, -(campaign.startDaysAgo + rng.nextInt(-3, 3)))
    for (const step of campaign.steps) {
      const start = addDays(startDate, step.startWeek * 7)
      for (const handle of step.handles) {
        drafts.push({
          spec: findInitiativeSpec(step.initiative),
          person: findPerson(context, handle),
          start,
          end: addDays(start, step.weeks * 7 - 3),
          campaignId: `camp-${campaign.key}`,
        })
      }
    }
    return {
      id: `camp-${campaign.key}`,
      name: campaign.name,
      description: campaign.description,
      startDate,
      steps: campaign.steps.map((step) => ({
        initiativeId: toInitiativeId(step.initiative),
        startWeek: step.startWeek,
        weeks: step.weeks,
      })),
      cohortPersonIds: campaign.cohort.map((handle) => findPerson(context, handle).id),
    }
  })
  for (const run of runSpecs) {
    const jitter = run.jitterDays ?? 4
    const start = addDays(context.today, -(run.startDaysAgo + rng.nextInt(-jitter, jitter)))
    for (const handle of run.handles) {
      const spec = findInitiativeSpec(run.initiative)
      drafts.push({
        spec,
        person: findPerson(context, handle),
        start,
        end: addDays(start, run.days),
        campaignId: null,
      })
    }
  }
  const sorted = drafts
    .filter((draft) => draft.person.hireDate < draft.start)
    .sort((a, b) => compareText(a.start, b.start) || compareText(a.person.id, b.person.id))
  const enrolments = sorted.map((draft, index) => toSampleEnrolment(draft, index, context.today))
  return { initiatives: createInitiatives(context), campaigns, enrolments }
}

function toSampleEnrolment(
  draft: {
    spec: InitiativeSpec
    person: SamplePerson
    start: string
    end: string
    campaignId: string | null
  },
  index: number,
  today: string,
): SampleEnrolment {
  const { spec, person, start, end, campaignId } = draft
  const leftBeforeEnd = person.leftDate !== null && person.leftDate < end
  const status: Enrolment['status'] = leftBeforeEnd
    ? 'withdrawn'
    : start > today
      ? 'enrolled'
      : end < today
        ? 'completed'
        : 'in-progress'
  const endDate =
    status === 'completed' ? end : status === 'withdrawn' ? (person.leftDate ?? end) : null
  return {
    record: {
      id: `enrol-${String(index + 1).padStart(3, '0')}`,
      personId: person.id,
      initiativeId: toInitiativeId(spec.key),
      campaignId,
      status,
      startDate: start,
      endDate,
    },
    spec,
    person,
    plannedEnd: end,
  }
}

function createInitiatives(context: SampleContext): TrainingInitiative[] {
  return initiativeSpecs.map((spec) => ({
    id: toInitiativeId(spec.key),
    title: spec.title,
    description: spec.description,
    format: spec.format,
    provider: {
      kind: spec.provider.kind,
      personId: spec.provider.handle === null ? null : findPerson(context, spec.provider.handle).id,
      name: spec.provider.name,
    },
    cost: spec.cost,
    hours: spec.hours,
    skillTargets: spec.skillTargets.map(([skill, level]) => ({
      skillId: toSkillId(skill),
      targetLevel: level,
    })),
    learningOutcome: spec.learningOutcome,
    kpiId: spec.kpiKey === null ? null : `kpi-${spec.kpiKey}`,
    targetChange: spec.targetChange,
    measurementMethod: spec.measurementMethod,
    evaluationAssumptions: findSampleAssumptions(spec.key),
  }))
}

/** Completed enrolments of a person whose training targets the skill, ended by `date`. */
export function listCompletedTraining(
  enrolments: SampleEnrolment[],
  personId: string,
  skill: string,
  date: string,
): SampleEnrolment[] {
  return enrolments.filter(
    (e) =>
      e.record.personId === personId &&
      e.record.status === 'completed' &&
      (e.record.endDate ?? '') <= date &&
      e.spec.skillTargets.some(([s]) => s === skill),
  )
}
