import {
  Checkin,
  Enrolment,
  Person,
  TrainingInitiative,
  defaultEvaluationAssumptions,
  type Evaluation,
  type EvaluationAssumptions,
  type Kpi,
  type KpiMeasurement,
} from '../../model'
import type { SignalData } from './types'

export function person(id: string, extra: Partial<Person> = {}): Person {
  return Person.parse({
    id,
    displayName: `Person ${id}`,
    createdAt: '2024-01-01',
    hireDate: '2024-01-01',
    ...extra,
  })
}

export function initiative(extra: Partial<TrainingInitiative> = {}): TrainingInitiative {
  return TrainingInitiative.parse({
    id: 'init-1',
    title: 'Training one',
    format: 'course',
    provider: { kind: 'external', name: 'Provider' },
    cost: 300,
    hours: 5,
    skillTargets: [{ skillId: 's1', targetLevel: 3 }],
    ...extra,
  })
}

/** ROI assumptions with all of the change credited and one month of benefit, for round sums. */
export function assumptions(extra: Partial<EvaluationAssumptions> = {}): EvaluationAssumptions {
  return { ...defaultEvaluationAssumptions, attributionShare: 1, benefitMonths: 1, ...extra }
}

export function enrolment(id: string, personId: string, extra: Partial<Enrolment> = {}): Enrolment {
  return Enrolment.parse({
    id,
    personId,
    initiativeId: 'init-1',
    status: 'completed',
    startDate: '2026-02-01',
    endDate: '2026-02-10',
    ...extra,
  })
}

export function checkin(
  id: string,
  personId: string,
  date: string,
  extra: Partial<Checkin> = {},
): Checkin {
  return Checkin.parse({ id, personId, date, templateId: 'tpl-development', ...extra })
}

export function kpi(extra: Partial<Kpi> = {}): Kpi {
  return {
    id: 'kpi-1',
    name: 'Throughput',
    description: '',
    unit: '',
    direction: 'higher-is-better',
    scope: 'team',
    ...extra,
  }
}

let measurementCount = 0
export function measure(
  subjectId: string | null,
  date: string,
  value: number,
  kpiId = 'kpi-1',
): KpiMeasurement {
  measurementCount += 1
  return { id: `m-${measurementCount}`, kpiId, subjectId, date, value }
}

export function data(extra: Partial<SignalData> = {}): SignalData {
  return {
    people: [],
    leavers: [],
    teams: [],
    initiatives: [],
    campaigns: [],
    enrolments: [],
    evaluations: [] as Evaluation[],
    assessments: [],
    checkins: [],
    feedback: [],
    kpis: [],
    kpiMeasurements: [],
    planItems: [],
    actionItems: [],
    plans: [],
    goals: [],
    goalUpdates: [],
    settings: {
      hourlyCost: 40,
      matrixSource: 'manager',
      defaultCadence: 'biweekly',
      currency: 'EUR',
    },
    ...extra,
  }
}
