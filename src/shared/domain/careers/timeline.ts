import type { CareerChange, CareerEvent, LeaverRecord, Person } from '../../model'
import { jobOn, sortEvents } from './history'

export interface CareerEntry {
  id: string
  date: string | null
  kind: 'hire' | 'rehire' | 'promotion' | 'change' | 'left'
  title: string
  details: string[]
  /** Where it came from, when not typed in: "Roster import: staff.csv". */
  source: string | null
}

export interface NameLookup {
  role: (id: string) => string
  team: (id: string) => string
  person: (id: string) => string
}

const fieldLabels: Record<CareerChange['field'], string> = {
  roleId: 'Role',
  title: 'Title',
  teamId: 'Team',
  managerId: 'Manager',
}

function describeValue(
  change: Pick<CareerChange, 'field'>,
  value: string | null,
  names: NameLookup,
) {
  if (value === null || value === '') return 'none'
  if (change.field === 'roleId') return names.role(value)
  if (change.field === 'teamId') return names.team(value)
  if (change.field === 'managerId') return names.person(value)
  return value
}

export function describeChange(change: CareerChange, names: NameLookup): string {
  return `${fieldLabels[change.field]}: ${describeValue(change, change.from, names)} → ${describeValue(change, change.to, names)}`
}

function describeEvent(event: CareerEvent, names: NameLookup): CareerEntry {
  const role = event.changes.find((change) => change.field === 'roleId')
  const title = event.isPromotion
    ? `Promoted${role?.to ? ` to ${names.role(role.to)}` : ''}`
    : role?.to
      ? `Moved to ${names.role(role.to)}`
      : event.changes.length === 1
        ? `${fieldLabels[event.changes[0]!.field]} changed`
        : 'Job changed'
  const source =
    event.source === 'import'
      ? `Roster import${event.sourceName ? `: ${event.sourceName}` : ''}`
      : null
  return {
    id: event.id,
    date: event.date,
    kind: event.isPromotion ? 'promotion' : 'change',
    title,
    details: [...event.changes.map((change) => describeChange(change, names)), event.note].filter(
      Boolean,
    ),
    source,
  }
}

/**
 * A person's path, newest first: each hire (and re-hire) with the role they started in, every
 * recorded change, and each leaving with its reason.
 */
export function buildCareerTimeline(
  person: Person,
  events: readonly CareerEvent[],
  leavers: readonly LeaverRecord[],
  names: NameLookup,
): CareerEntry[] {
  const own = sortEvents(events.filter((event) => event.personId === person.id))
  const stints = [...leavers]
    .filter((leaver) => leaver.personId === person.id)
    .sort((a, b) => a.date.localeCompare(b.date))
  const entries: CareerEntry[] = own.map((event) => describeEvent(event, names))
  const starts = [
    ...stints.map((leaver) => leaver.hireDate),
    ...(person.status === 'active' || stints.length === 0 ? [person.hireDate] : []),
  ]
  starts.forEach((start, index) => {
    const role = start === null ? person.roleId : jobOn(person, events, start).roleId
    entries.push({
      id: `hire-${index}`,
      date: start,
      kind: index === 0 ? 'hire' : 'rehire',
      title: `${index === 0 ? 'Hired' : 'Re-hired'}${role ? ` as ${names.role(role)}` : ''}`,
      details: start === null ? ['Hire date not recorded'] : [],
      source: null,
    })
  })
  for (const leaver of stints) {
    entries.push({
      id: leaver.id,
      date: leaver.date,
      kind: 'left',
      title: 'Left the company',
      details: [
        [
          leaver.isVoluntary ? 'Their decision' : 'The business ended it',
          leaver.isRegretted ? 'regretted' : 'not regretted',
        ].join(', '),
        leaver.reason,
        leaver.reasonDetail,
      ].filter(Boolean),
      source: null,
    })
  }
  if (person.status === 'left' && stints.length === 0 && person.leftDate !== null) {
    entries.push({
      id: 'left',
      date: person.leftDate,
      kind: 'left',
      title: 'Left the company',
      details: [],
      source: null,
    })
  }
  const order = { left: 3, promotion: 2, change: 2, rehire: 1, hire: 0 }
  return entries.sort(
    (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || order[b.kind] - order[a.kind],
  )
}
