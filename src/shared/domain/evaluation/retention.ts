import type { Enrolment, LeaverRecord, Person } from '../../model'
import { isEmployedOn } from '../careers/history'
import { indexStints } from '../careers/retention'
import { addDays } from '../dates/iso-date'
import type { RetentionPoint } from './types'

const horizonDays = { 6: 182, 12: 365 } as const

/**
 * Share of the enrolled people still on staff 6 and 12 months after their (first) training ended,
 * against everyone else on staff on that same day. Only horizons that have passed count.
 */
export function computeRetention(input: {
  enrolments: readonly Enrolment[]
  people: readonly Person[]
  leavers: readonly LeaverRecord[]
  today: string
}): RetentionPoint[] {
  const stints = indexStints({ people: input.people, leavers: input.leavers, events: [] })
  const isOnStaffOn = (person: Person, date: string) =>
    isEmployedOn(stints.get(person.id) ?? [], date)
  const anchorOf = new Map<string, string>()
  for (const enrolment of input.enrolments) {
    if (enrolment.status === 'withdrawn') continue
    const anchor = enrolment.endDate ?? enrolment.startDate
    const previous = anchorOf.get(enrolment.personId)
    if (previous === undefined || anchor < previous) anchorOf.set(enrolment.personId, anchor)
  }
  const people = new Map(input.people.map((person) => [person.id, person]))
  const others = input.people.filter((person) => !anchorOf.has(person.id))
  return ([6, 12] as const).map((months) => {
    const point: RetentionPoint = {
      months,
      enrolledEligible: 0,
      enrolledRetained: 0,
      enrolledShare: null,
      othersEligible: 0,
      othersRetained: 0,
      othersShare: null,
    }
    for (const [personId, anchor] of anchorOf) {
      const person = people.get(personId)
      const horizon = addDays(anchor, horizonDays[months])
      if (!person || horizon > input.today || !isOnStaffOn(person, anchor)) continue
      point.enrolledEligible += 1
      if (isOnStaffOn(person, horizon)) point.enrolledRetained += 1
      for (const other of others) {
        if (!isOnStaffOn(other, anchor)) continue
        point.othersEligible += 1
        if (isOnStaffOn(other, horizon)) point.othersRetained += 1
      }
    }
    if (point.enrolledEligible > 0) {
      point.enrolledShare = point.enrolledRetained / point.enrolledEligible
    }
    if (point.othersEligible > 0) point.othersShare = point.othersRetained / point.othersEligible
    return point
  })
}
