import ical, { ICalEventRepeatingFreq, type ICalRepeatingOptions } from 'ical-generator'
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library'
import type { Cadence } from '../../model'
import { addDays } from '../dates/iso-date'
import { cadenceAdjectives, listNextCheckins } from './checkin-items'
import { createAgendaContext } from './context'
import type { AgendaInput, AgendaItem } from './types'

/** A person's check-ins as a series in the manager's calendar. */
export interface RecurringCheckin {
  personId: string
  personName: string
  cadence: Cadence
  /** The first occurrence: their next due date, or today when that has passed. */
  startDate: string
}

/** Calendar UIDs end here: a domain reserved never to resolve, so no UID points anywhere. */
export const calendarUidDomain = 'trellis.invalid'

/** Series events start at this local time and last this long. */
export const checkinSeriesTime = { hour: 10, minute: 0, minutes: 30 }

/** Every tracked active person's check-ins as a series from their next due date. */
export function listRecurringCheckins(
  input: Pick<AgendaInput, 'people' | 'checkins' | 'settings'>,
  today: string,
): RecurringCheckin[] {
  const context = createAgendaContext(input.people, today)
  return listNextCheckins(input, context)
    .map(({ person, cadence, dueDate }) => ({
      personId: person.id,
      personName: person.displayName,
      cadence,
      startDate: dueDate < today ? today : dueDate,
    }))
    .sort(
      (a, b) => a.personName.localeCompare(b.personName) || a.personId.localeCompare(b.personId),
    )
}

let knownZones: ReadonlySet<string> | undefined

/** The zone's VTIMEZONE block and the TZID it names (a link such as Europe/Belfast names its zone). */
function findTimeZone(timeZone: string): { tzid: string; block: string } {
  knownZones ??= new Set(tzlib_get_timezones())
  // Asked first: the library logs an error for a name it does not know.
  const found = knownZones.has(timeZone) ? tzlib_get_ical_block(timeZone) : ''
  const [block, tzidLine] = Array.isArray(found) ? found : []
  if (!block || !tzidLine?.startsWith('TZID=')) {
    throw new RangeError(`“${timeZone}” is not a time zone name such as Europe/Dublin.`)
  }
  return { tzid: tzidLine.slice('TZID='.length), block }
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/**
 * The RRULE of a cadence. A monthly series from the 31st repeats on each month's last day, as
 * `addOneMonth` clamps; from the 29th or 30th it skips February, as RFC 5545 does (BYSETPOS would
 * say "or the last day" but ical.js, and with it Thunderbird, expands it wrongly).
 */
export function describeRepeating(cadence: Cadence, startDate: string): ICalRepeatingOptions {
  if (cadence === 'weekly') return { freq: ICalEventRepeatingFreq.WEEKLY, interval: 1 }
  if (cadence === 'biweekly') return { freq: ICalEventRepeatingFreq.WEEKLY, interval: 2 }
  const isLastDay = startDate.slice(8, 10) === '31'
  return {
    freq: ICalEventRepeatingFreq.MONTHLY,
    interval: 1,
    ...(isLastDay ? { byMonthDay: [-1] } : {}),
  }
}

/**
 * The agenda as an iCalendar file: each item an all-day event on its date, and each person's
 * check-ins a 30-minute series at 10:00 in `timeZone` (an IANA name), with the zone's VTIMEZONE so
 * other calendars place it right. UIDs come from the items' ids and DTSTAMP from `now`, so the same
 * agenda gives the same file and a re-import updates events instead of doubling them.
 */
export function buildAgendaCalendar(input: {
  items: readonly AgendaItem[]
  recurringCheckins: readonly RecurringCheckin[]
  timeZone: string
  now: Date
}): string {
  const zone = findTimeZone(input.timeZone)
  // No calendar-wide zone: ical-generator would then write DTSTAMP in local time, not UTC as the
  // standard wants. The generator still adds the VTIMEZONE of every zone an event names.
  const calendar = ical({
    prodId: { company: 'Trellis', product: 'Agenda', language: 'EN' },
    name: 'Trellis agenda',
    timezone: { name: null, generator: (tzid) => (tzid === zone.tzid ? zone.block : null) },
  })
  for (const item of input.items) {
    calendar.createEvent({
      id: `${item.id}@${calendarUidDomain}`,
      stamp: input.now,
      allDay: true,
      // Dates at midnight UTC: with no zone, all-day dates are written from their UTC day.
      start: new Date(`${item.date}T00:00:00Z`),
      end: new Date(`${addDays(item.date, 1)}T00:00:00Z`),
      summary: item.title,
      description: item.why,
    })
  }
  const { hour, minute, minutes } = checkinSeriesTime
  const endMinute = hour * 60 + minute + minutes
  for (const series of input.recurringCheckins) {
    // A date-time text without an offset is read and written back in the same local clock, so it
    // comes out as the wall-clock time given, which TZID then places in the chosen zone.
    const at = (h: number, m: number) => `${series.startDate}T${pad(h)}:${pad(m)}:00`
    calendar.createEvent({
      id: `checkin-series:${series.personId}@${calendarUidDomain}`,
      stamp: input.now,
      timezone: zone.tzid,
      start: at(hour, minute),
      end: at(Math.floor(endMinute / 60), endMinute % 60),
      repeating: describeRepeating(series.cadence, series.startDate),
      summary: `Check-in with ${series.personName}`,
      description: `${cadenceAdjectives[series.cadence]} check-ins with ${series.personName}, from Trellis.`,
    })
  }
  return calendar.toString()
}
