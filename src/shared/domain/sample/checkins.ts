import type { ActionItem, Checkin } from '../../model'
import { toSkillId } from './catalogue'
import { describeMoment, narrowCheckinSources, type CheckinSources } from './checkin-moment'
import { CheckinWriter, type Answer, type Moment } from './checkin-text'
import type { SampleContext } from './context'
import { addDays, countDaysBetween, getEarlierDate, getLaterDate, moveToWorkday } from './dates'
import type { Rng } from './random'
import { compareText } from './text'
import type { SamplePerson } from './types'

export type CheckinData = { checkins: Checkin[]; actionItems: ActionItem[] }

const intervalDays = { weekly: 7, biweekly: 14, monthly: 30 } as const

export function listCheckinDates(context: SampleContext, person: SamplePerson, rng: Rng): string[] {
  if (person.cadence === null || person.managerId === null) return []
  const interval = intervalDays[person.cadence]
  const start = getLaterDate(addDays(context.today, -182), addDays(person.hireDate, 4))
  let end = getEarlierDate(context.today, addDays(person.activeUntil, -2))
  if (person.isBehindOnCheckins)
    end = addDays(context.today, -Math.round(interval * 2.6) - rng.nextInt(3, 12))
  const dates: string[] = []
  for (
    let slot = addDays(start, rng.nextInt(0, interval - 1));
    slot <= end;
    slot = addDays(slot, interval)
  ) {
    const date = moveToWorkday(addDays(slot, rng.nextInt(-2, 2)))
    if (date > end || date < start) continue
    const isRecent = countDaysBetween(date, context.today) < interval * 2
    const skipChance = isRecent ? 0.05 : person.cadence === 'weekly' ? 0.3 : 0.18
    if (!rng.roll(skipChance) && dates[dates.length - 1] !== date) dates.push(date)
  }
  // Most managers catch up before a slot is really missed; the slot grid alone leaves too many late.
  const last = dates[dates.length - 1]
  const isDue = last === undefined || countDaysBetween(last, context.today) >= interval - 2
  if (!person.isBehindOnCheckins && person.leftDate === null && isDue && rng.roll(0.75)) {
    const date = moveToWorkday(addDays(context.today, -rng.nextInt(1, Math.max(1, interval - 4))))
    if (date > (last ?? '') && date < context.today && date >= start) dates.push(date)
  }
  return dates
}

export function createCheckins(context: SampleContext, sources: CheckinSources): CheckinData {
  const rng = context.rng.fork('checkins')
  const writer = new CheckinWriter(rng.fork('text'))
  const data: CheckinData = { checkins: [], actionItems: [] }
  for (const person of context.people) {
    const dates = listCheckinDates(context, person, rng)
    const mine = narrowCheckinSources(sources, person)
    let open: ActionItem[] = []
    let previousSkill: string | null = null
    dates.forEach((date, index) => {
      const checkinId = `checkin-${person.handle}-${date}`
      const moment = describeMoment(context, mine, person, date, previousSkill, rng)
      previousSkill = moment.skill
      const template = chooseTemplate(person, date, index, moment)
      const answers = writeAnswers(writer, template, moment)
      const mood = chooseMood(context, person, date, rng)
      const nextDate = dates[index + 1] ?? addDays(date, intervalDays[person.cadence ?? 'biweekly'])
      const items: Omit<ActionItem, 'id'>[] = []
      for (const previous of open) {
        if (rng.roll(0.6)) {
          items.push(
            createAction(
              context,
              rng,
              checkinId,
              person,
              previous.text,
              previous.owner,
              date,
              nextDate,
              previous.id,
            ),
          )
        } else if (rng.roll(0.75)) {
          // Talked through and closed in this conversation rather than carried over.
          previous.isDone = true
          previous.doneDate = date
        }
      }
      const next = answers.find((a) => a.sectionId === 'next-goal')?.text ?? null
      if (next !== null)
        items.push(
          createAction(context, rng, checkinId, person, next, 'employee', date, nextDate, null),
        )
      if (rng.roll(template === 'tpl-first-90-days' ? 0.9 : 0.5)) {
        items.push(
          createAction(
            context,
            rng,
            checkinId,
            person,
            writer.writeManagerAction(moment),
            'manager',
            date,
            nextDate,
            null,
          ),
        )
      }
      const records = items.map((item, i) => ({
        ...item,
        id: `action-${person.handle}-${date}-${i + 1}`,
      }))
      data.actionItems.push(...records)
      open = records.filter((a) => !a.isDone)
      const isLate = countDaysBetween(date, context.today) < 60
      data.checkins.push({
        id: checkinId,
        personId: person.id,
        date,
        templateId: template,
        answers,
        sharedNotes: writer.writeSharedNotes(
          moment,
          template === 'tpl-development' ? next : null,
          template === 'tpl-goal-review',
        ),
        privateNotes: writer.writePrivateNotes(moment, mood, isLate),
        mood,
        skillIds: [toSkillId(moment.skill)],
        goalIds: moment.goal === null ? [] : [moment.goal.id],
        planItemIds: moment.planItem === null ? [] : [moment.planItem.id],
        agenda: [],
        status: 'done',
      })
    })
  }
  addDrafts(context, data, rng)
  data.checkins.sort((a, b) => compareText(a.date, b.date) || compareText(a.personId, b.personId))
  return data
}

function chooseTemplate(person: SamplePerson, date: string, index: number, moment: Moment): string {
  if (countDaysBetween(person.hireDate, date) <= 90) return 'tpl-first-90-days'
  if (person.isLead)
    return index % 2 === 0 ? 'tpl-goal-review' : index % 4 === 1 ? 'tpl-general' : 'tpl-development'
  if (moment.goal !== null && index % 6 === 5) return 'tpl-goal-review'
  return index % 7 === 3 ? 'tpl-general' : 'tpl-development'
}

function writeAnswers(writer: CheckinWriter, template: string, moment: Moment): Answer[] {
  if (template === 'tpl-first-90-days') return writer.writeFirst90(moment)
  if (template === 'tpl-general') return writer.writeGeneral(moment)
  if (template === 'tpl-goal-review') return writer.writeGoalReview(moment)
  return writer.writeDevelopment(moment)
}

function chooseMood(
  context: SampleContext,
  person: SamplePerson,
  date: string,
  rng: Rng,
): number | null {
  if (rng.roll(0.07) && person.mood !== 'declining') return null
  const daysAgo = countDaysBetween(date, context.today)
  const base =
    person.mood === 'high'
      ? 4.4
      : person.mood === 'declining'
        ? 4 - 2.2 * Math.max(0, Math.min(1, (110 - daysAgo) / 100))
        : 3.6
  return Math.max(1, Math.min(5, Math.round(base + rng.nextGaussian() * 0.45)))
}

function createAction(
  context: SampleContext,
  rng: Rng,
  checkinId: string,
  person: SamplePerson,
  text: string,
  owner: ActionItem['owner'],
  date: string,
  nextDate: string,
  carriedFromId: string | null,
): Omit<ActionItem, 'id'> {
  const dueDate = moveToWorkday(addDays(nextDate, -rng.nextInt(0, 3)))
  const doneChance = dueDate <= context.today ? (carriedFromId === null ? 0.82 : 0.7) : 0.2
  const isDone = countDaysBetween(date, context.today) > 1 && rng.roll(doneChance)
  const latest = getEarlierDate(context.today, addDays(dueDate, 3))
  const doneDate = isDone
    ? addDays(date, rng.nextInt(1, Math.max(1, countDaysBetween(date, latest))))
    : null
  return { checkinId, personId: person.id, text, owner, dueDate, isDone, doneDate, carriedFromId }
}

/** Two managers have started today's check-in but not finished it. */
function addDrafts(context: SampleContext, data: CheckinData, rng: Rng): void {
  const candidates = context.people.filter((p) => {
    if (p.cadence === null || p.leftDate !== null || p.isBehindOnCheckins || p.managerId === null)
      return false
    const last = data.checkins
      .filter((c) => c.personId === p.id)
      .map((c) => c.date)
      .sort()
      .pop()
    return (
      last !== undefined && countDaysBetween(last, context.today) >= intervalDays[p.cadence] - 2
    )
  })
  for (const person of rng.sample(candidates, 2)) {
    data.checkins.push({
      id: `checkin-${person.handle}-${context.today}`,
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
    })
  }
}
