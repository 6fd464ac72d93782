import type { ActionItem, Checkin, Goal, GoalUpdate, PlanItem } from '../../../model'
import { toSkillId } from '../catalogue'
import { addDays, countDaysBetween, getEarlierDate, moveToWorkday } from '../dates'
import type { Rng } from '../random'
import { describeMoment, type PersonSources } from './checkin-moment'
import { LargeCheckinWriter, type LargeMoment } from './checkin-writer'
import type { LevelBook } from './levels'
import { skillKeyAt } from './skills'
import { isOnStaff, jobAt, listWindows, type TeamIndex, type Window } from './timeline'
import type { LargeEnrolment } from './training'
import type { LargeContext, LargePerson } from './types'

export type CheckinData = { checkins: Checkin[]; actionItems: ActionItem[] }

export type CheckinSources = {
  enrolments: LargeEnrolment[]
  goalsByPerson: Map<string, Goal[]>
  updatesByGoal: Map<string, GoalUpdate[]>
  itemsByPerson: Map<string, PlanItem[]>
}

const intervalDays = { weekly: 7, biweekly: 14, monthly: 28 } as const

/** Fortnightly (for most) 1:1s with the manager of the day, for everyone's whole time here. */
export function createCheckins(
  context: LargeContext,
  levels: LevelBook,
  teams: TeamIndex,
  sources: CheckinSources,
): CheckinData {
  const rng = context.rng.fork('checkins')
  const writer = new LargeCheckinWriter(rng.fork('text'))
  const data: CheckinData = { checkins: [], actionItems: [] }
  const enrolmentsByPerson = new Map<string, LargeEnrolment[]>()
  for (const e of sources.enrolments)
    enrolmentsByPerson.set(e.person.id, [...(enrolmentsByPerson.get(e.person.id) ?? []), e])
  const drafts = new Set(
    rng.sample(
      context.people.filter((p) => !p.isOwner && isOnStaff(p, context.today)),
      3,
    ),
  )
  for (const person of context.people) {
    if (person.isOwner) continue
    const own: PersonSources = {
      enrolments: enrolmentsByPerson.get(person.id) ?? [],
      goals: sources.goalsByPerson.get(person.id) ?? [],
      updatesByGoal: sources.updatesByGoal,
      planItems: sources.itemsByPerson.get(person.id) ?? [],
      unsettledFrom: person.leaves.filter((l) => l.isVoluntary).map((l) => addDays(l.date, -100)),
    }
    for (const window of listWindows(context, person)) {
      const dates = listDates(context, rng, person, window)
      let open: ActionItem[] = []
      let previousSkill = -1
      dates.forEach((date, index) => {
        const id = `ci-${person.number}-${date}`
        const moment = describeMoment(context, levels, teams, own, person, date, previousSkill, rng)
        previousSkill = moment.skillIndex
        const template = chooseTemplate(window, date, index, moment)
        const answers = writer.write(template, moment)
        const mood = chooseMood(rng, person, moment)
        const next = dates[index + 1] ?? addDays(date, intervalDays[person.cadence])
        const until = getEarlierDate(context.today, window.to)
        const items: Omit<ActionItem, 'id'>[] = []
        for (const previous of open) {
          if (rng.roll(0.3))
            items.push(
              action(
                rng,
                id,
                person,
                previous.text,
                previous.owner,
                date,
                next,
                until,
                previous.id,
              ),
            )
          else if (rng.roll(0.75)) Object.assign(previous, { isDone: true, doneDate: date })
        }
        const agreed = answers.find((a) => a.sectionId === 'next-goal')?.text ?? null
        if (agreed !== null)
          items.push(action(rng, id, person, agreed, 'employee', date, next, until, null))
        if (rng.roll(template === 'tpl-first-90-days' ? 0.6 : 0.25)) {
          items.push(
            action(
              rng,
              id,
              person,
              writer.writeManagerAction(moment),
              'manager',
              date,
              next,
              until,
              null,
            ),
          )
        }
        const records = items.map((item, i) => ({ ...item, id: `${id}-a${i + 1}` }))
        data.actionItems.push(...records)
        open = records.filter((a) => !a.isDone)
        data.checkins.push({
          id,
          personId: person.id,
          date,
          templateId: template,
          answers,
          sharedNotes: writer.writeSharedNotes(
            moment,
            template === 'tpl-development' ? agreed : null,
            template === 'tpl-goal-review',
          ),
          privateNotes: writer.writePrivateNotes(moment, mood),
          mood,
          skillIds: [toSkillId(skillKeyAt(moment.skillIndex))],
          goalIds: moment.goal === null ? [] : [moment.goal.id],
          planItemIds: moment.planItem === null ? [] : [moment.planItem.id],
          agenda: [],
          status: 'done',
        })
      })
    }
    if (drafts.has(person)) data.checkins.push(draft(context, person))
  }
  return data
}

function listDates(context: LargeContext, rng: Rng, person: LargePerson, window: Window): string[] {
  const interval = intervalDays[person.cadence]
  const first =
    addDays(window.hireDate, 4) > window.from ? addDays(window.hireDate, 4) : window.from
  const end = getEarlierDate(window.to, addDays(context.today, -1))
  const dates: string[] = []
  // Weekly in the first three months, then the person's own rhythm.
  const step = (slot: string): number =>
    countDaysBetween(window.hireDate, slot) < 84 ? 7 : interval
  for (
    let slot = addDays(first, rng.nextInt(0, 6));
    slot <= end;
    slot = addDays(slot, step(slot))
  ) {
    const date = moveToWorkday(addDays(slot, rng.nextInt(-2, 2)))
    const monthDay = date.slice(5)
    if (date < first || date > end || monthDay >= '12-22' || monthDay <= '01-03') continue
    if (rng.roll(0.07) || dates[dates.length - 1] === date) continue
    const manager = context.personById.get(jobAt(person, date).managerId ?? '')
    if (manager && isOnStaff(manager, date)) dates.push(date)
  }
  return dates
}

function chooseTemplate(window: Window, date: string, index: number, moment: LargeMoment): string {
  if (countDaysBetween(window.hireDate, date) <= 90) return 'tpl-first-90-days'
  if (moment.isLead)
    return index % 2 === 0 ? 'tpl-goal-review' : index % 4 === 1 ? 'tpl-general' : 'tpl-development'
  if (moment.goal !== null && index % 6 === 5) return 'tpl-goal-review'
  return index % 7 === 3 ? 'tpl-general' : 'tpl-development'
}

function chooseMood(rng: Rng, person: LargePerson, moment: LargeMoment): number | null {
  if (rng.roll(0.07)) return null
  const base = 2.7 + person.spirit * 2 - (moment.isUnsettled ? 1.2 : 0)
  return Math.max(1, Math.min(5, Math.round(base + rng.nextGaussian() * 0.45)))
}

function action(
  rng: Rng,
  checkinId: string,
  person: LargePerson,
  text: string,
  owner: ActionItem['owner'],
  date: string,
  next: string,
  until: string,
  carriedFromId: string | null,
): Omit<ActionItem, 'id'> {
  const dueDate = moveToWorkday(addDays(next, -rng.nextInt(0, 3)))
  const latest = getEarlierDate(until, addDays(dueDate, 3))
  const canBeDone = countDaysBetween(date, latest) >= 1
  const isDone =
    canBeDone && rng.roll(dueDate <= until ? (carriedFromId === null ? 0.8 : 0.7) : 0.2)
  const doneDate = isDone
    ? addDays(date, rng.nextInt(1, Math.max(1, countDaysBetween(date, latest))))
    : null
  return { checkinId, personId: person.id, text, owner, dueDate, isDone, doneDate, carriedFromId }
}

/** A manager has started today's check-in but not finished it. */
function draft(context: LargeContext, person: LargePerson): Checkin {
  return {
    id: `ci-${person.number}-${context.today}`,
    personId: person.id,
    date: context.today,
    templateId: 'tpl-development',
    answers: [],
    sharedNotes: '',
    privateNotes: '',
    mood: null,
    skillIds: [],
    goalIds: [],
    planItemIds: [],
    agenda: [],
    status: 'draft',
  }
}
