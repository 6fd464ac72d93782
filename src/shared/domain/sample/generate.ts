import type { WorkspaceData } from '../../model'
import { createStarterWorkspaceData } from '../workspace/defaults'
import { attachCheckinEvidence } from '../training/evidence'
import { createAspirations } from './aspirations'
import { createAssessments } from './assessments'
import { createBusinessGoals } from './business-goals'
import { createCareerEvents, createCareerPaths } from './careers'
import { createSkills, skillCategories } from './catalogue'
import { createCertifications, requireCertifications } from './certifications'
import { createCheckins } from './checkins'
import type { SampleContext } from './context'
import { assertIsoDate } from './dates'
import { createEvaluations } from './evaluations'
import { createFeedback } from './feedback'
import { createGoals } from './goals'
import { createKpiMeasurements, createKpis } from './kpis'
import { createLeavers } from './leavers'
import { createSampleImportProfile } from './import-profiles'
import { createLevelModel } from './levels'
import { createMaterials } from './materials'
import { createPastReviews } from './past-reviews'
import { createPersonRecords, createSamplePeople, createTeams } from './people'
import { createPlans } from './plans'
import { Rng } from './random'
import { addSampleRequests } from './requests'
import { createReviews } from './reviews'
import { createRequirementOverrides, createRoleProfiles, createRoleRequirements } from './roles'
import { createCoverAssessments, createMentoringItem, markCriticalRoles } from './succession'
import { createTraining } from './training'

export { companyName } from './names'

export const defaultSampleSeed = 20_240_917

export type SampleOptions = { today: string; seed?: number }

/** A complete, deterministic "Kestrel Coffee Roasters" workspace whose history ends at `today`. */
export function generateSampleCompany(options: SampleOptions): WorkspaceData {
  assertIsoDate(options.today)
  const rng = new Rng(options.seed ?? defaultSampleSeed)
  const people = createSamplePeople(options.today, rng.fork('people'))
  const context: SampleContext = { today: options.today, rng, people }
  const personIdOf = (handle: string): string => {
    const person = people.find((p) => p.handle === handle)
    if (!person) throw new Error(`Unknown sample person "${handle}"`)
    return person.id
  }

  const data = createStarterWorkspaceData()
  data.teams = createTeams(people)
  data.people = createPersonRecords(people, options.today, rng.fork('person-records'))
  data.skillCategories = skillCategories.map((category) => ({ ...category }))
  data.skills = createSkills()
  data.roleProfiles = markCriticalRoles(createRoleProfiles())
  data.roleRequirements = requireCertifications(createRoleRequirements())
  data.requirementOverrides = createRequirementOverrides(personIdOf)

  const training = createTraining(context)
  data.initiatives = training.initiatives
  data.campaigns = training.campaigns
  data.enrolments = training.enrolments.map((e) => e.record)

  data.kpis = createKpis()
  data.kpiMeasurements = createKpiMeasurements(context, training.enrolments)

  const levels = createLevelModel(context, training.enrolments)
  data.assessments = createAssessments(context, levels, training.enrolments)
  data.aspirations = createAspirations(context)
  data.evaluations = createEvaluations(context, training.enrolments, data.kpiMeasurements, levels)

  const goals = createGoals(context, data.kpiMeasurements, levels)
  data.goals = goals.goals
  data.keyResults = goals.keyResults
  data.goalUpdates = goals.goalUpdates
  data.businessGoals = createBusinessGoals(options.today)

  const goalIdsByPerson = new Map<string, string[]>()
  const currentPeriod = data.goals.find(
    (g) => g.level === 'company' && g.status === 'active',
  )?.period
  for (const goal of data.goals) {
    if (goal.level !== 'person' || goal.ownerPersonId === null || goal.period !== currentPeriod)
      continue
    goalIdsByPerson.set(goal.ownerPersonId, [
      ...(goalIdsByPerson.get(goal.ownerPersonId) ?? []),
      goal.id,
    ])
  }
  const plans = createPlans(context, levels, training.enrolments, data.evaluations, goalIdsByPerson)
  data.plans = plans.plans
  data.planItems = plans.planItems

  const checkins = createCheckins(context, {
    levels,
    enrolments: training.enrolments,
    plans,
    goals: data.goals,
    goalUpdates: data.goalUpdates,
  })
  data.checkins = checkins.checkins
  data.actionItems = checkins.actionItems
  data.feedback = createFeedback(context, levels)
  data.planItems = attachCheckinEvidence(data.planItems, data.checkins, data.feedback)

  const reviews = createReviews(context, {
    assessments: data.assessments,
    feedback: data.feedback,
    goals: data.goals,
    goalUpdates: data.goalUpdates,
    focusByPerson: plans.focusByPerson,
  })
  data.reviewCycles = reviews.reviewCycles
  data.reviews = reviews.reviews
  addSampleRequests(data, options.today, rng.fork('requests'))
  addCareers(data, context)
  data.settings = [...data.settings, createSampleImportProfile(options.today)]
  return data
}

/**
 * Careers come last and draw from streams of their own, so the rest of the company stays as it
 * was: two years of moves, the leavers (and a re-hire), the ladders, certificates, materials, a
 * mentoring pair, the finished review cycle before the current one, and the head roaster's cover.
 */
function addCareers(data: WorkspaceData, context: SampleContext): void {
  data.careerEvents = createCareerEvents(context, data.people)
  const leavers = createLeavers(context, data.people, data.careerEvents)
  data.leavers = leavers.leavers
  data.people = leavers.people
  data.careerPaths = createCareerPaths()
  data.certifications = createCertifications(context)
  data.materials = createMaterials(context, data.initiatives)
  data.planItems = [...data.planItems, createMentoringItem(context, data.plans)]
  const currentCycle = data.reviewCycles[0]
  if (currentCycle) {
    const past = createPastReviews(context, {
      people: data.people,
      events: data.careerEvents,
      assessments: data.assessments,
      currentCycle,
    })
    data.reviewCycles = [...data.reviewCycles, past.cycle]
    data.reviews = [...data.reviews, ...past.reviews]
  }
  data.assessments = [
    ...data.assessments,
    ...createCoverAssessments(context, data.assessments),
  ].sort((a, b) => a.date.localeCompare(b.date))
}
