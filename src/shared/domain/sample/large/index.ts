import type { WorkspaceData } from '../../../model'
import { createStarterWorkspaceData } from '../../workspace/defaults'
import { assertIsoDate } from '../dates'
import { Rng } from '../random'
import { createAssessments } from './assessments'
import { createInitiatives } from './catalogue'
import { createCheckins } from './checkins'
import { attachEvidence } from './evidence'
import { createEvaluations } from './evaluations'
import {
  createAspirations,
  createCertifications,
  createLargeBusinessGoals,
  createMaterials,
  createRequirementOverrides,
  withBudgets,
} from './extras'
import { createFeedback } from './feedback'
import { createGoals } from './goals'
import { createKpiMeasurements, createKpis } from './kpis'
import { createCareerEvents, createLeavers, createPeople, createTeams } from './people-records'
import { createPlans } from './plans'
import { createReviews } from './reviews'
import { createCareerPaths, createRoleProfiles, createRoleRequirements } from './roles'
import { simulateWorkforce } from './simulate'
import { createLargeSkills, largeSkillCategories } from './skills'
import { addMonths } from './time'
import { TeamIndex } from './timeline'
import { createTraining, indexCompleted } from './training'
import type { LargeContext } from './types'

export interface LargeSampleOptions {
  /** The last day of the history, as YYYY-MM-DD. */
  today: string
  seed?: number
  /** People on staff today (default 200). */
  people?: number
  /** Years of history before today (default 5). */
  years?: number
}

export const largeSampleName = 'Large sample (200 people, 5 years)'

export const defaultLargeSampleSeed = 20_211_123

/**
 * A deterministic workspace of a 200-person business after five years of use: the grown Kestrel
 * Coffee Roasters with its leavers, moves, quarterly skill rounds, fortnightly check-ins, goals,
 * KPIs, training and annual reviews. The same options always give the same data.
 */
export function generateLargeSample(options: LargeSampleOptions): WorkspaceData {
  assertIsoDate(options.today)
  const years = options.years ?? 5
  if (!Number.isInteger(years) || years < 1 || years > 10) {
    throw new Error('The large sample covers 1 to 10 years')
  }
  const today = options.today
  const start = addMonths(today, -12 * years)
  const rng = new Rng(options.seed ?? defaultLargeSampleSeed)
  const people = simulateWorkforce(
    { today, start, people: options.people ?? 200 },
    rng.fork('people'),
  )
  const context: LargeContext = {
    today,
    start,
    rng,
    people,
    personById: new Map(people.map((p) => [p.id, p])),
  }
  const teams = new TeamIndex(context)

  const data = createStarterWorkspaceData()
  data.teams = createTeams(context)
  data.people = createPeople(context, rng.fork('person-records'))
  data.careerEvents = createCareerEvents(context)
  data.leavers = createLeavers(context, rng.fork('leavers'))
  data.careerPaths = createCareerPaths()
  data.skillCategories = largeSkillCategories
  data.skills = createLargeSkills()
  data.roleProfiles = createRoleProfiles()
  data.roleRequirements = createRoleRequirements()
  data.requirementOverrides = createRequirementOverrides(context)

  const training = createTraining(context)
  data.initiatives = [...data.initiatives, ...createInitiatives(context)]
  data.campaigns = training.campaigns
  data.enrolments = training.enrolments.map((e) => e.record)

  const { assessments, levels } = createAssessments(context, indexCompleted(training.enrolments))
  data.assessments = assessments
  data.aspirations = createAspirations(context)

  data.kpis = createKpis()
  const kpis = createKpiMeasurements(context, training.enrolments)
  data.kpiMeasurements = kpis.measurements
  data.evaluations = createEvaluations(context, training.enrolments, kpis.index, levels)

  const goals = createGoals(context, kpis.index, levels)
  data.goals = goals.goals
  data.keyResults = goals.keyResults
  data.goalUpdates = goals.goalUpdates
  data.businessGoals = createLargeBusinessGoals(today, goals.goals)

  const plans = createPlans(context, levels, training.enrolments, goals.byPerson, teams)
  data.plans = plans.plans
  data.planItems = plans.planItems

  const checkins = createCheckins(context, levels, teams, {
    enrolments: training.enrolments,
    goalsByPerson: goals.byPerson,
    updatesByGoal: goals.updatesByGoal,
    itemsByPerson: plans.itemsByPerson,
  })
  data.checkins = checkins.checkins
  data.actionItems = checkins.actionItems
  data.feedback = createFeedback(context, teams, goals.byPerson)
  attachEvidence(data.planItems, data.checkins, data.feedback)

  const reviews = createReviews(context, {
    levels,
    assessments,
    feedback: data.feedback,
    goalsByPerson: goals.byPerson,
    updatesByGoal: goals.updatesByGoal,
  })
  data.reviewCycles = reviews.reviewCycles
  data.reviews = reviews.reviews
  data.certifications = createCertifications(context)
  data.materials = createMaterials(context)
  data.settings = withBudgets(data.settings, context)
  return data
}
