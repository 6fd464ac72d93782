import type { SignalData } from '../../../../shared/domain/evaluation'
import { settingsFromRecords } from '../../../../shared/model'
import type { WorkspaceDb } from '../workspace-db'

/** Everything the evaluation, the attention signals and the dashboard lists read. */
export async function loadEvaluationData(db: WorkspaceDb): Promise<
  SignalData & {
    currency: string
  }
> {
  const [
    people,
    teams,
    initiatives,
    campaigns,
    enrolments,
    evaluations,
    assessments,
    checkins,
    feedback,
    kpis,
    kpiMeasurements,
    planItems,
    actionItems,
    plans,
    goals,
    goalUpdates,
    settingRecords,
  ] = await Promise.all([
    db.people.toArray(),
    db.teams.toArray(),
    db.initiatives.toArray(),
    db.campaigns.toArray(),
    db.enrolments.toArray(),
    db.evaluations.toArray(),
    db.assessments.toArray(),
    db.checkins.toArray(),
    db.feedback.toArray(),
    db.kpis.toArray(),
    db.kpiMeasurements.toArray(),
    db.planItems.toArray(),
    db.actionItems.toArray(),
    db.plans.toArray(),
    db.goals.toArray(),
    db.goalUpdates.toArray(),
    db.settings.toArray(),
  ])
  const settings = settingsFromRecords(settingRecords)
  return {
    people,
    teams,
    initiatives,
    campaigns,
    enrolments,
    evaluations,
    assessments,
    checkins,
    feedback,
    kpis,
    kpiMeasurements,
    planItems,
    actionItems,
    plans,
    goals,
    goalUpdates,
    settings,
    currency: settings.currency,
  }
}
