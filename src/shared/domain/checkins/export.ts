import type {
  ActionItem,
  Checkin,
  CheckinTemplate,
  Goal,
  Person,
  PlanItem,
  Skill,
} from '../../model'
import { describeActionState, indexCarriedIds } from './actions'
import { toPlainText } from './rich-text'

export interface CheckinExportInput {
  person: Person
  checkins: readonly Checkin[]
  actions: readonly ActionItem[]
  templates: readonly CheckinTemplate[]
  skills: readonly Skill[]
  goals: readonly Goal[]
  planItems: readonly PlanItem[]
  /** Private notes leave the app only when this is ticked for the export. */
  includePrivate: boolean
}

const stateLabels = { open: 'open', done: 'done', carried: 'carried over' } as const

function describeAnswers(checkin: Checkin, template: CheckinTemplate | undefined): string {
  return checkin.answers
    .filter((a) => a.text.trim() !== '')
    .map((a) => {
      const prompt = template?.sections.find((s) => s.id === a.sectionId)?.prompt ?? a.sectionId
      return `${prompt}\n${toPlainText(a.text)}`
    })
    .join('\n\n')
}

/** One row per check-in, oldest first, notes as plain text. */
export function buildCheckinCsvRows(input: CheckinExportInput): string[][] {
  const templates = new Map(input.templates.map((t) => [t.id, t]))
  const skillNames = new Map(input.skills.map((s) => [s.id, s.name]))
  const goalNames = new Map(input.goals.map((g) => [g.id, g.title]))
  const planNames = new Map(input.planItems.map((p) => [p.id, p.title]))
  const names = (ids: readonly string[], lookup: ReadonlyMap<string, string>): string =>
    ids
      .map((id) => lookup.get(id))
      .filter((name) => name !== undefined)
      .join('; ')
  const carried = indexCarriedIds(input.actions)
  const header = [
    'Person',
    'Date',
    'Status',
    'Template',
    'Mood (1-5)',
    'Agenda',
    'Answers',
    'Shared notes',
    ...(input.includePrivate ? ['Private notes'] : []),
    'Action items',
    'Skills',
    'Goals',
    'Plan items',
  ]
  const rows = [...input.checkins]
    .filter((c) => c.personId === input.person.id)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((checkin) => {
      const template = templates.get(checkin.templateId)
      const actions = input.actions
        .filter((a) => a.checkinId === checkin.id)
        .map(
          (a) =>
            `[${stateLabels[describeActionState(a, carried)]}] ${a.text} (${a.owner}${a.dueDate ? `, due ${a.dueDate}` : ''})`,
        )
        .join('\n')
      return [
        input.person.displayName,
        checkin.date,
        checkin.status,
        template?.name ?? '',
        checkin.mood === null ? '' : String(checkin.mood),
        checkin.agenda.map((item) => `- ${item}`).join('\n'),
        describeAnswers(checkin, template),
        toPlainText(checkin.sharedNotes),
        ...(input.includePrivate ? [toPlainText(checkin.privateNotes)] : []),
        actions,
        names(checkin.skillIds, skillNames),
        names(checkin.goalIds, goalNames),
        names(checkin.planItemIds, planNames),
      ]
    })
  return [header, ...rows]
}
