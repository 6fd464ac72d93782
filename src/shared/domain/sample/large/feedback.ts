import type { FeedbackEntry, Goal } from '../../../model'
import { toSkillId } from '../catalogue'
import {
  addDays,
  countDaysBetween,
  getEarlierDate,
  getLaterDate,
  getStartOfMonth,
  getWeekday,
  moveToWorkday,
  toQuarterKey,
} from '../dates'
import { customerRoles, feedbackTemplates } from '../feedback-phrases'
import type { Rng } from '../random'
import { coffees, customers, origins } from '../text'
import { largeFeedbackRows } from './feedback-rows'
import { findTeamSpec, type TeamFamily } from './org-spec'
import { displayNameOf } from './people-records'
import { listAssessedSkills } from './roles'
import { toSkillIndex } from './skills'
import { mentionsSampleName } from './stories'
import { addMonths, fill } from './time'
import { jobAt, listWindows, type TeamIndex } from './timeline'
import type { LargeContext, LargePerson } from './types'

type Template = {
  family: TeamFamily | 'any'
  kind: 'praise' | 'constructive'
  skills: string[]
  situation: string
  behaviour: string
  impact: string
  isCustomerVisible: boolean
  isAboutNewStarter: boolean
}

const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

const templates: Template[] = [
  ...feedbackTemplates.map((t) => ({ ...t, family: t.team })),
  ...largeFeedbackRows.map(([family, kind, skills, situation, behaviour, impact]) => ({
    family,
    kind,
    skills,
    situation,
    behaviour,
    impact,
    isCustomerVisible: family === 'cafe' && kind === 'praise',
  })),
]
  .filter((t) => !mentionsSampleName(`${t.situation} ${t.behaviour} ${t.impact}`))
  .map((t) => ({
    ...t,
    isAboutNewStarter: t.situation.includes('first weeks') || t.situation.startsWith('New starter'),
  }))

/** Feedback logged as it happens: more of it each year as the habit settles in. */
export function createFeedback(
  context: LargeContext,
  teams: TeamIndex,
  goalsByPerson: Map<string, Goal[]>,
): FeedbackEntry[] {
  const rng = context.rng.fork('feedback')
  const entries: FeedbackEntry[] = []
  for (const person of context.people) {
    if (person.isOwner) continue
    const lastUsed = new Map<Template, string>()
    for (const window of listWindows(context, person)) {
      const from = getLaterDate(window.from, addDays(window.hireDate, 14))
      for (let month = getStartOfMonth(from); month <= window.to; month = addMonths(month, 1)) {
        const year = countDaysBetween(context.start, month) / 365
        const count = (rng.roll(0.3 + 0.06 * year) ? 1 : 0) + (rng.roll(0.1 + 0.03 * year) ? 1 : 0)
        for (let i = 0; i < count; i += 1) {
          const date = moveToWorkday(addDays(month, rng.nextInt(0, 27)))
          if (date < from || date > getEarlierDate(window.to, context.today)) continue
          const entry = writeEntry(context, rng, teams, person, date, lastUsed, goalsByPerson)
          if (entry)
            entries.push({ id: `fb-${String(entries.length + 1).padStart(5, '0')}`, ...entry })
        }
      }
    }
  }
  return entries
}

function writeEntry(
  context: LargeContext,
  rng: Rng,
  teams: TeamIndex,
  person: LargePerson,
  date: string,
  lastUsed: Map<Template, string>,
  goalsByPerson: Map<string, Goal[]>,
): Omit<FeedbackEntry, 'id'> | null {
  const job = jobAt(person, date)
  const isLead = job.role === 'team-lead'
  const family = findTeamSpec(job.team).family
  const kind = rng.roll(0.66) ? 'praise' : 'constructive'
  const assessed = new Set(listAssessedSkills(job.role, job.team))
  const colleagues = teams.colleagues(person, date)
  const newcomers = colleagues.filter(
    (c) => countDaysBetween(c.stints[c.stints.length - 1]?.hireDate ?? date, date) < 120,
  )
  const fitting = templates.filter((t) => {
    const primary = t.skills[0]
    const used = lastUsed.get(t)
    return (
      t.kind === kind &&
      (t.family === 'any' || (t.family === family && !isLead)) &&
      primary !== undefined &&
      assessed.has(toSkillIndex(primary)) &&
      (used === undefined || countDaysBetween(used, date) > 540) &&
      (!t.isAboutNewStarter || newcomers.length > 0)
    )
  })
  if (fitting.length === 0) return null
  const template = rng.pick(fitting)
  lastUsed.set(template, date)
  const colleague = template.isAboutNewStarter
    ? rng.pick(newcomers)
    : colleagues.length > 0
      ? rng.pick(colleagues)
      : null
  const customer = rng.pick(customers)
  const manager = context.personById.get(job.managerId ?? '')
  const peers = colleagues.filter((c) => c !== colleague)
  const roll = rng.nextFloat()
  const source: FeedbackEntry['source'] =
    template.isCustomerVisible && roll < 0.5
      ? 'customer'
      : roll < 0.03
        ? 'self'
        : roll < 0.7 || peers.length === 0
          ? 'manager'
          : 'peer'
  const author =
    source === 'customer'
      ? `${rng.pick(customerRoles)}, ${customer.replace(/^the /, 'The ')}`
      : source === 'peer'
        ? displayNameOf(rng.pick(peers))
        : source === 'self'
          ? displayNameOf(person)
          : manager
            ? displayNameOf(manager)
            : ''
  const values = {
    name: person.givenName,
    colleague: colleague?.givenName ?? 'a new starter',
    customer,
    coffee: rng.pick(coffees),
    origin: rng.pick(origins),
    day: dayNames[getWeekday(date)] ?? 'Monday',
  }
  const quarter = toQuarterKey(date)
  const goals = (goalsByPerson.get(person.id) ?? []).filter((g) => g.period === quarter)
  const situation = fill(template.situation, values)
  return {
    personId: person.id,
    date,
    kind: rng.roll(0.05) ? 'observation' : kind,
    source,
    authorName: author,
    situation: situation.charAt(0).toUpperCase() + situation.slice(1),
    behaviour: fill(template.behaviour, values),
    impact: fill(template.impact, values),
    skillIds: template.skills.filter((s) => assessed.has(toSkillIndex(s))).map(toSkillId),
    goalIds: goals.length > 0 && rng.roll(0.2) ? [rng.pick(goals).id] : [],
  }
}
