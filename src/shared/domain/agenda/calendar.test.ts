import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { buildAgenda } from './build-agenda'
import { buildAgendaCalendar, listRecurringCheckins, type RecurringCheckin } from './calendar'
import { makeCheckin, makeInput, makePerson } from './test-fixtures'
import type { AgendaItem } from './types'

const now = new Date('2026-12-07T08:00:00Z')

function item(id: string, date: string, title: string, why: string): AgendaItem {
  return {
    id,
    kind: 'certification',
    date,
    personId: null,
    title,
    why,
    isOverdue: false,
    action: { route: '/', label: '' },
  }
}

const items = [
  item('checkin:aoife:2026-11-17', '2026-11-17', 'Check-in with Aoife Brennan', 'Fortnightly.'),
  item(
    'cert:c1:2027-02-05:60',
    '2026-12-07',
    'Renew HACCP, level 2; kitchen',
    'Line one, with a comma;\nline two; a \\ backslash\r\nand a third line.',
  ),
]

const series: RecurringCheckin[] = [
  { personId: 'aoife', personName: 'Aoife Brennan', cadence: 'weekly', startDate: '2026-12-14' },
  { personId: 'ben', personName: 'Ben Ode', cadence: 'biweekly', startDate: '2027-07-05' },
  { personId: 'cara', personName: 'Cara Lin', cadence: 'monthly', startDate: '2027-01-15' },
  { personId: 'dara', personName: 'Dara Kane', cadence: 'monthly', startDate: '2027-01-31' },
]

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  const events = new Map<string, ICAL.Component>()
  for (const event of calendar.getAllSubcomponents('vevent')) {
    events.set(String(event.getFirstPropertyValue('uid')), event)
  }
  return { calendar, events }
}

function exportCalendar(timeZone = 'Europe/Dublin', at = now) {
  return buildAgendaCalendar({ items, recurringCheckins: series, timeZone, now: at })
}

function recurrence(event: ICAL.Component): ICAL.Recur {
  return event.getFirstPropertyValue('rrule') as ICAL.Recur
}

function nextStarts(event: ICAL.Component, count: number): string[] {
  const iterator = new ICAL.Event(event).iterator()
  return Array.from({ length: count }, () => iterator.next()?.toString() ?? '')
}

describe('the agenda calendar (.ics)', () => {
  it('has one event per item and per person, with UIDs from the ids', () => {
    const { events } = parse(exportCalendar())
    expect([...events.keys()]).toEqual([
      'checkin:aoife:2026-11-17@trellis.invalid',
      'cert:c1:2027-02-05:60@trellis.invalid',
      'checkin-series:aoife@trellis.invalid',
      'checkin-series:ben@trellis.invalid',
      'checkin-series:cara@trellis.invalid',
      'checkin-series:dara@trellis.invalid',
    ])
  })

  it('writes the same file for the same agenda, and the same UIDs on a later export', () => {
    expect(exportCalendar()).toBe(exportCalendar())
    const later = exportCalendar('Europe/Dublin', new Date('2026-12-09T17:30:00Z'))
    expect(later).not.toBe(exportCalendar())
    expect([...parse(later).events.keys()]).toEqual([...parse(exportCalendar()).events.keys()])
    expect(exportCalendar()).toContain('DTSTAMP:20261207T080000Z\r\n')
  })

  it('makes agenda items all-day events with the title and the reason', () => {
    const text = exportCalendar()
    const event = parse(text).events.get('cert:c1:2027-02-05:60@trellis.invalid')!
    const parsed = new ICAL.Event(event)
    expect(parsed.startDate.isDate).toBe(true)
    expect(parsed.startDate.toString()).toBe('2026-12-07')
    expect(parsed.endDate.toString()).toBe('2026-12-08')
    expect(text).toContain('DTSTART;VALUE=DATE:20261207\r\n')
    // Commas, semicolons, backslashes and line breaks come back as written (CRLF as one break).
    expect(parsed.summary).toBe('Renew HACCP, level 2; kitchen')
    expect(parsed.description).toBe(
      'Line one, with a comma;\nline two; a \\ backslash\nand a third line.',
    )
  })

  it('repeats check-ins weekly, every two weeks or monthly', () => {
    const { events } = parse(exportCalendar())
    const rule = (personId: string) => {
      const recur = recurrence(events.get(`checkin-series:${personId}@trellis.invalid`)!)
      return { freq: recur.freq, interval: recur.interval }
    }
    expect(rule('aoife')).toEqual({ freq: 'WEEKLY', interval: 1 })
    expect(rule('ben')).toEqual({ freq: 'WEEKLY', interval: 2 })
    expect(rule('cara')).toEqual({ freq: 'MONTHLY', interval: 1 })
    expect(nextStarts(events.get('checkin-series:ben@trellis.invalid')!, 3)).toEqual([
      '2027-07-05T10:00:00',
      '2027-07-19T10:00:00',
      '2027-08-02T10:00:00',
    ])
  })

  it('keeps a monthly series from the 31st on each month end', () => {
    const { events } = parse(exportCalendar())
    expect(nextStarts(events.get('checkin-series:dara@trellis.invalid')!, 4)).toEqual([
      '2027-01-31T10:00:00',
      '2027-02-28T10:00:00',
      '2027-03-31T10:00:00',
      '2027-04-30T10:00:00',
    ])
  })

  it('places the series at 10:00 in the chosen zone, with its VTIMEZONE', () => {
    const { calendar, events } = parse(exportCalendar())
    const zones = calendar.getAllSubcomponents('vtimezone')
    expect(zones.map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['Europe/Dublin'])
    const aoife = events.get('checkin-series:aoife@trellis.invalid')!
    expect(aoife.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Dublin')
    const parsed = new ICAL.Event(aoife)
    expect(parsed.startDate.toString()).toBe('2026-12-14T10:00:00')
    expect(parsed.duration.toSeconds()).toBe(30 * 60)
    // Winter in Dublin is UTC; summer is an hour ahead.
    expect(parsed.startDate.toJSDate().toISOString()).toBe('2026-12-14T10:00:00.000Z')
    const ben = new ICAL.Event(events.get('checkin-series:ben@trellis.invalid')!)
    expect(ben.startDate.toJSDate().toISOString()).toBe('2027-07-05T09:00:00.000Z')
  })

  it('works for any IANA zone, and names a linked zone by the zone it stands for', () => {
    const york = parse(exportCalendar('America/New_York')).events
    const start = new ICAL.Event(york.get('checkin-series:aoife@trellis.invalid')!).startDate
    expect(start.toJSDate().toISOString()).toBe('2026-12-14T15:00:00.000Z')
    const belfast = exportCalendar('Europe/Belfast')
    expect(belfast).toContain('DTSTART;TZID=Europe/London:20261214T100000')
    expect(belfast).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n')
  })

  it('refuses a zone name it does not know', () => {
    expect(() => exportCalendar('Europe/Atlantis')).toThrow(RangeError)
  })

  it('has no time zone block without a series, and no address outside the file', () => {
    const text = buildAgendaCalendar({
      items,
      recurringCheckins: [],
      timeZone: 'Europe/Dublin',
      now,
    })
    expect(text).not.toContain('BEGIN:VTIMEZONE')
    expect(exportCalendar()).not.toMatch(/https?:|URL[:;]/i)
  })
})

describe('listRecurringCheckins', () => {
  it("starts each person's series on their next due date, or today when it has passed", () => {
    const input = makeInput({
      people: [
        makePerson('ben', { displayName: 'Ben Ode', checkinCadence: 'weekly' }),
        makePerson('aoife', { displayName: 'Aoife Brennan' }),
        makePerson('gone', { status: 'left', leftDate: '2026-11-01' }),
      ],
      checkins: [makeCheckin('c1', 'aoife', '2026-11-03'), makeCheckin('c2', 'ben', '2026-12-03')],
    })
    expect(listRecurringCheckins(input, '2026-12-07')).toEqual([
      {
        personId: 'aoife',
        personName: 'Aoife Brennan',
        cadence: 'biweekly',
        startDate: '2026-12-07',
      },
      { personId: 'ben', personName: 'Ben Ode', cadence: 'weekly', startDate: '2026-12-10' },
    ])
  })

  it('exports a real agenda', () => {
    const input = makeInput({
      people: [makePerson('aoife', { displayName: 'Aoife Brennan' })],
      checkins: [makeCheckin('c1', 'aoife', '2026-11-03')],
    })
    const text = buildAgendaCalendar({
      items: buildAgenda(input, '2026-12-07'),
      recurringCheckins: listRecurringCheckins(input, '2026-12-07'),
      timeZone: 'Europe/Dublin',
      now,
    })
    expect([...parse(text).events.keys()]).toEqual([
      'checkin:aoife:2026-11-17@trellis.invalid',
      'checkin-series:aoife@trellis.invalid',
    ])
  })
})
