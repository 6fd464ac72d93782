import { buildSkillMatrix, listPersonGaps } from '../../../../shared/domain/skills'
import type { PersonGap } from '../../../../shared/domain/skills'
import type {
  Aspiration,
  DevelopmentPlan,
  Enrolment,
  Goal,
  Person,
  PlanItem,
  ScaleLevel,
  Skill,
  TrainingInitiative,
  WorkspaceSettings,
} from '../../../../shared/model'
import { readWorkspaceSettings } from '../../db/repositories/settings'
import type { WorkspaceDb } from '../../db/workspace-db'
import { readPersonSkillRecords } from '../../db/repositories/skills'

export interface PersonPlanData {
  person: Person
  plans: DevelopmentPlan[]
  items: PlanItem[]
  enrolments: Map<string, Enrolment>
  goals: Goal[]
  skills: Map<string, Skill>
  initiatives: TrainingInitiative[]
  aspirations: Aspiration[]
  gaps: PersonGap[]
  currentLevels: Map<string, number | null>
  scale: ScaleLevel[]
  settings: WorkspaceSettings
}

/** Everything the Plan tab shows for one person, read in one transaction. */
export async function loadPersonPlan(
  db: WorkspaceDb,
  personId: string,
): Promise<PersonPlanData | null> {
  return db.transaction(
    'r',
    [
      db.people,
      db.plans,
      db.planItems,
      db.enrolments,
      db.goals,
      db.skills,
      db.initiatives,
      db.aspirations,
      db.assessments,
      db.roleRequirements,
      db.requirementOverrides,
      db.scaleLevels,
      db.settings,
    ],
    async () => {
      const person = await db.people.get(personId)
      if (!person) return null
      const [plans, items, enrolments, goals, skills, initiatives, records, scale, settings] =
        await Promise.all([
          db.plans.where('personId').equals(personId).toArray(),
          db.planItems.where('personId').equals(personId).toArray(),
          db.enrolments.where('personId').equals(personId).toArray(),
          db.goals.where('ownerPersonId').equals(personId).toArray(),
          db.skills.toArray(),
          db.initiatives.toArray(),
          readPersonSkillRecords(db, person),
          db.scaleLevels.orderBy('level').toArray(),
          readWorkspaceSettings(db),
        ])
      const { aspirations } = records
      const model = buildSkillMatrix({
        people: [person],
        skills,
        ...records,
        settings,
        filter: { includeLeft: true },
      })
      const currentLevels = new Map(
        skills.map((skill) => [skill.id, model.getCell(person.id, skill.id).current]),
      )
      return {
        person,
        plans: plans.sort((a, b) => b.period.localeCompare(a.period)),
        items: items.sort(
          (a, b) =>
            (a.startDate ?? '9999').localeCompare(b.startDate ?? '9999') ||
            a.title.localeCompare(b.title),
        ),
        enrolments: new Map(enrolments.map((e) => [e.id, e])),
        goals: goals.sort((a, b) => b.period.localeCompare(a.period)),
        skills: new Map(skills.map((s) => [s.id, s])),
        initiatives,
        aspirations,
        gaps: listPersonGaps(model, person.id),
        currentLevels,
        scale,
        settings,
      }
    },
  )
}
