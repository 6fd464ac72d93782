import type { FeedbackEntry } from '../../model'
import { toSkillId } from './catalogue'
import { formatDisplayName, type SampleContext } from './context'
import { addDays, countDaysBetween, getWeekday, moveToWorkday } from './dates'
import { customerRoles, feedbackTemplates, type FeedbackTemplate } from './feedback-phrases'
import type { LevelModel } from './levels'
import { coffees, compareText, customers, fillTemplate, origins } from './text'

const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

export function createFeedback(
  context: SampleContext,
  levels: LevelModel,
  count = 124,
): FeedbackEntry[] {
  const rng = context.rng.fork('feedback')
  const used = new Set<string>()
  const drafts: Omit<FeedbackEntry, 'id'>[] = []
  let attempts = 0
  while (drafts.length < count && attempts < count * 20) {
    attempts += 1
    // More entries lately: the team logs feedback more often as the habit settles in.
    const date = moveToWorkday(
      addDays(context.today, -Math.floor(545 * rng.nextFloat() ** 1.35) - 1),
    )
    const people = context.people.filter(
      (p) => p.managerId !== null && p.hireDate < addDays(date, -14) && p.activeUntil >= date,
    )
    if (people.length === 0) continue
    const person = rng.pick(people)
    const kind = rng.roll(0.64) ? 'praise' : 'constructive'
    const skills = levels.listSkills(person)
    const templates = feedbackTemplates
      .map((template, index) => ({ template, index }))
      .filter(({ template, index }) => {
        const [primary] = template.skills
        // Leads get feedback on how they lead, not the floor mistakes of their own team.
        const fitsTeam =
          template.team === 'any' || (template.team === person.team && !person.isLead)
        return (
          template.kind === kind &&
          fitsTeam &&
          primary !== undefined &&
          skills.includes(primary) &&
          template.skills.every((s) => levels.isIntroduced(s, date)) &&
          !mentionsLaterSystem(template, levels, date) &&
          !used.has(`${person.id}:${index}`)
        )
      })
    if (templates.length === 0) continue
    const { template, index } = rng.pick(templates)
    const isAboutNewStarter =
      template.situation.includes('first weeks') || template.situation.startsWith('New starter')
    const teammates = context.people.filter(
      (p) =>
        p.team === person.team &&
        p.id !== person.id &&
        !p.isLead &&
        p.hireDate <= date &&
        p.activeUntil >= date &&
        (!isAboutNewStarter || countDaysBetween(p.hireDate, date) < 120),
    )
    if (isAboutNewStarter && teammates.length === 0) continue
    used.add(`${person.id}:${index}`)
    const colleague = teammates.length > 0 ? rng.pick(teammates) : null
    const customer = rng.pick(customers)
    const source = chooseSource(rng.nextFloat(), template)
    const manager = context.people.find((p) => p.id === person.managerId)
    const peers = person.isLead
      ? context.people.filter((p) => p.isLead && p.id !== person.id)
      : context.people.filter(
          (p) =>
            p.team === person.team &&
            p.id !== person.id &&
            !p.isLead &&
            p.hireDate <= date &&
            p.activeUntil >= date,
        )
    const peer = peers.filter((p) => p.id !== colleague?.id)
    const author =
      source === 'customer'
        ? `${rng.pick(customerRoles)}, ${customer.replace(/^the /, 'The ')}`
        : source === 'peer' && peer.length > 0
          ? formatDisplayName(rng.pick(peer))
          : manager !== undefined
            ? formatDisplayName(manager)
            : ''
    const values = {
      name: person.givenName,
      colleague: colleague?.givenName ?? 'a new starter',
      customer,
      coffee: rng.pick(coffees),
      origin: rng.pick(origins),
      day: dayNames[getWeekday(date)] ?? 'Monday',
    }
    drafts.push({
      personId: person.id,
      date,
      kind,
      source: source === 'peer' && peer.length === 0 ? 'manager' : source,
      authorName: author,
      situation: capitaliseFirst(fillTemplate(template.situation, values)),
      behaviour: fillTemplate(template.behaviour, values),
      impact: fillTemplate(template.impact, values),
      skillIds: template.skills.filter((s) => skills.includes(s)).map(toSkillId),
      goalIds: [],
    })
  }
  return drafts
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.personId, b.personId))
    .map((draft, index) => ({ id: `feedback-${String(index + 1).padStart(3, '0')}`, ...draft }))
}

function mentionsLaterSystem(
  template: FeedbackTemplate,
  levels: LevelModel,
  date: string,
): boolean {
  const text = `${template.situation} ${template.behaviour} ${template.impact}`
  return (
    (text.includes('Stockwise') && !levels.isIntroduced('wms-scanning', date)) ||
    (text.includes('EUDR') && !levels.isIntroduced('eudr-traceability', date))
  )
}

function chooseSource(random: number, template: FeedbackTemplate): FeedbackEntry['source'] {
  if (template.isCustomerVisible && random < 0.55) return 'customer'
  return random < 0.68 ? 'manager' : 'peer'
}

function capitaliseFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
