import type { Person, Team } from '../../model'
import { addDays, getLaterDate } from './dates'
import { emailDomain, roster, sites, teamSpecs } from './names'
import type { Rng } from './random'
import { toRoleId } from './roles'
import type { PersonSpec, SamplePerson } from './types'
import { compareText } from './text'

export function toPersonId(index: number): string {
  return `person-${String(index + 1).padStart(2, '0')}`
}

export function toTeamId(team: PersonSpec['team']): string | null {
  return team === null ? null : (teamSpecs.find((t) => t.key === team)?.id ?? null)
}

export function createSamplePeople(today: string, rng: Rng): SamplePerson[] {
  const leadOf = (team: PersonSpec['team']): PersonSpec | undefined =>
    roster.find((p) => p.team === team && p.isLead)
  const director = roster.find((p) => p.team === null)
  return roster.map((spec, index) => {
    const spread = Math.min(20, Math.round(spec.hiredDaysAgo * 0.03))
    const hireDate = addDays(today, -(spec.hiredDaysAgo + rng.nextInt(-spread, spread)))
    const leftDate =
      spec.leftDaysAgo === null ? null : addDays(today, -(spec.leftDaysAgo + rng.nextInt(0, 6)))
    const manager = spec.team === null ? null : spec.isLead ? director : leadOf(spec.team)
    return {
      ...spec,
      id: toPersonId(index),
      teamId: toTeamId(spec.team),
      roleId: toRoleId(spec.role),
      managerId: manager ? toPersonId(roster.indexOf(manager)) : null,
      hireDate,
      leftDate,
      activeUntil: leftDate ?? today,
    }
  })
}

export function createTeams(people: SamplePerson[]): Team[] {
  return teamSpecs.map((spec) => ({
    id: spec.id,
    name: spec.name,
    description: spec.description,
    parentTeamId: null,
    leadPersonId: people.find((p) => p.team === spec.key && p.isLead)?.id ?? null,
  }))
}

const plainLetters: Record<string, string> = Object.fromEntries(
  [...'áàâäãéèêëíìîïóòôöõúùûüñńçłśźżćę'].map((char, i) => [
    char,
    'aaaaaeeeeiiiiooooouuuunnclszzce'[i] ?? '',
  ]),
)

export function toEmail(person: PersonSpec): string {
  const clean = (part: string): string =>
    part
      .toLowerCase()
      .replace(/[áàâäãéèêëíìîïóòôöõúùûüñńçłśźżćę]/g, (char) => plainLetters[char] ?? '')
      .replace(/[^a-z]/g, '')
  return `${clean(person.givenName)}.${clean(person.familyName)}@${emailDomain}`
}

export function createPersonRecords(people: SamplePerson[], today: string, rng: Rng): Person[] {
  const employeeNumbers = assignEmployeeNumbers(people, rng)
  const workspaceStart = addDays(today, -560)
  return people.map((person) => ({
    id: person.id,
    employeeId: employeeNumbers.get(person.id) ?? null,
    displayName: `${person.givenName} ${person.familyName}`,
    givenName: person.givenName,
    familyName: person.familyName,
    email: toEmail(person),
    title: person.title,
    teamId: person.teamId,
    managerId: person.managerId,
    roleId: person.roleId,
    hireDate: person.hireDate,
    status: person.leftDate === null ? 'active' : 'left',
    leftDate: person.leftDate,
    workArrangement: person.arrangement,
    location: sites[person.site],
    checkinCadence: person.cadence,
    customFields: describeCustomFields(person),
    createdAt: getLaterDate(person.hireDate, workspaceStart),
  }))
}

function describeCustomFields(person: SamplePerson): Record<string, string> {
  const fields: Record<string, string> = { Contract: person.contract }
  if (person.shift !== null) fields.Shift = person.shift
  if (person.role === 'delivery-driver') fields['Driving licence'] = 'C1'
  if (person.role === 'service-technician')
    fields['Van'] = `Service van ${person.site === 'cork' ? 'C' : 'D'}`
  return fields
}

/** Payroll numbers follow hire order with gaps, as leavers from before the sample kept theirs. */
function assignEmployeeNumbers(people: SamplePerson[], rng: Rng): Map<string, string> {
  const byHire = [...people].sort(
    (a, b) => compareText(a.hireDate, b.hireDate) || compareText(a.id, b.id),
  )
  const numbers = new Map<string, string>()
  let next = 1
  for (const person of byHire) {
    numbers.set(person.id, `KC-${String(next).padStart(4, '0')}`)
    next += rng.pickWeighted([
      [1, 6],
      [2, 3],
      [3, 1],
    ] as const)
  }
  return numbers
}
