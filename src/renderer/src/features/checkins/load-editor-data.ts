import {
  findPreviousCheckin,
  indexCarriedIds,
  isActionOpen,
} from '../../../../shared/domain/checkins/actions'
import { listLargestGaps } from '../../../../shared/domain/checkins/gaps'
import {
  suggestTalkingPoints,
  type TalkingPoint,
} from '../../../../shared/domain/checkins/talking-points'
import type {
  ActionItem,
  Checkin,
  CheckinTemplate,
  Goal,
  Person,
  PlanItem,
  Skill,
} from '../../../../shared/model'
import type { WorkspaceDb } from '../../db/workspace-db'
import { readWorkspaceSettings } from '../../db/repositories/settings'

export interface EditorData {
  checkin: Checkin
  person: Person
  templates: CheckinTemplate[]
  previous: Checkin | null
  /** Items of earlier check-ins still open, or carried into this one. */
  toReview: ActionItem[]
  /** Where each item to review was written. */
  reviewDates: Map<string, string>
  ownActions: ActionItem[]
  suggestions: TalkingPoint[]
  skills: Skill[]
  goals: Goal[]
  planItems: PlanItem[]
  /** Skills worth offering as links first: the role's and the assessed ones. */
  relevantSkillIds: Set<string>
}

export async function loadEditorData(
  db: WorkspaceDb,
  checkinId: string,
  today: string,
): Promise<EditorData | null> {
  const checkin = await db.checkins.get(checkinId)
  if (!checkin) return null
  const person = await db.people.get(checkin.personId)
  if (!person) return null
  const [
    templates,
    checkins,
    actions,
    planItems,
    enrolments,
    initiatives,
    goals,
    feedback,
    assessments,
    skills,
    roleRequirements,
    requirementOverrides,
    settings,
  ] = await Promise.all([
    db.checkinTemplates.toArray(),
    db.checkins.where('personId').equals(person.id).toArray(),
    db.actionItems.where('personId').equals(person.id).toArray(),
    db.planItems.where('personId').equals(person.id).toArray(),
    db.enrolments.where('personId').equals(person.id).toArray(),
    db.initiatives.toArray(),
    db.goals.where('ownerPersonId').equals(person.id).toArray(),
    db.feedback.where('personId').equals(person.id).toArray(),
    db.assessments.where('personId').equals(person.id).toArray(),
    db.skills.toArray(),
    person.roleId ? db.roleRequirements.where('roleId').equals(person.roleId).toArray() : [],
    db.requirementOverrides.where('personId').equals(person.id).toArray(),
    readWorkspaceSettings(db),
  ])
  const goalUpdates = await db.goalUpdates
    .where('goalId')
    .anyOf(goals.map((g) => g.id))
    .toArray()
  const previous = findPreviousCheckin(checkins, checkin)
  const earlier = new Map(
    checkins
      .filter(
        (c) =>
          c.id !== checkin.id &&
          (c.date < checkin.date || (c.date === checkin.date && c.id < checkin.id)),
      )
      .map((c) => [c.id, c.date]),
  )
  const carried = indexCarriedIds(actions)
  const ownActions = actions.filter((a) => a.checkinId === checkin.id)
  const carriedHere = new Set(ownActions.map((a) => a.carriedFromId).filter((id) => id !== null))
  const toReview = actions
    .filter((a) => earlier.has(a.checkinId) && (isActionOpen(a, carried) || carriedHere.has(a.id)))
    .sort((a, b) => (earlier.get(a.checkinId) ?? '').localeCompare(earlier.get(b.checkinId) ?? ''))
  const gaps = listLargestGaps({
    person,
    skills,
    assessments,
    roleRequirements,
    requirementOverrides,
    matrixSource: settings.matrixSource,
    limit: 3,
  })
  const suggestions = suggestTalkingPoints({
    today,
    previous,
    planItems,
    enrolments,
    initiatives,
    goals,
    goalUpdates,
    gaps,
    feedback,
    openActions: toReview.filter((a) => isActionOpen(a, carried)),
  })
  return {
    checkin,
    person,
    templates: templates.sort(
      (a, b) => Number(b.isBuiltIn) - Number(a.isBuiltIn) || a.name.localeCompare(b.name),
    ),
    previous,
    toReview,
    reviewDates: earlier,
    ownActions,
    suggestions,
    skills: skills.sort((a, b) => a.name.localeCompare(b.name)),
    goals,
    planItems,
    relevantSkillIds: new Set([
      ...roleRequirements.map((r) => r.skillId),
      ...requirementOverrides.map((o) => o.skillId),
      ...assessments.map((a) => a.skillId),
    ]),
  }
}
