import type { CareerEvent, CareerPath, Person } from '../../model'
import { diffJobs, jobOf, type Job } from '../careers/history'
import type { SampleContext } from './context'
import { addDays, getLaterDate, moveToWorkday } from './dates'
import { teamSpecs } from './names'
import { toRoleId } from './roles'
import type { RoleKey, TeamKey } from './types'

/** What a person's job was before a change: only the parts that changed. */
type Before = { role?: RoleKey; title?: string; team?: TeamKey; manager?: string }

type EventSpec = {
  handle: string
  daysAgo: number
  before: Before
  isPromotion: boolean
  note: string
}

/**
 * Two years of moves, oldest first per person. Each names what the job was before; what it
 * became is the next change's "before", or today's person record for the last one.
 */
const eventSpecs: EventSpec[] = [
  {
    handle: 'arjun',
    daysAgo: 700,
    before: { role: 'customer-care', title: 'Customer Care Advisor' },
    isPromotion: true,
    note: 'Moved from the care desk to a portfolio of thirty café accounts in Cork.',
  },
  {
    handle: 'aoife',
    daysAgo: 520,
    before: { title: 'Roaster' },
    isPromotion: false,
    note: 'Took over green coffee intake and quality from Tomás; still roasts two days a week.',
  },
  ...['mateusz', 'ben', 'nikhil'].map((handle): EventSpec => ({
    handle,
    daysAgo: 450,
    before: { team: 'logistics', manager: 'katarzyna' },
    isPromotion: false,
    note: "Field service moved from Logistics into Café Support, so one team looks after a customer's machines and their baristas.",
  })),
  {
    handle: 'lucia',
    daysAgo: 420,
    before: { role: 'customer-care', title: 'Customer Care Advisor' },
    isPromotion: true,
    note: 'Promoted to account manager for the Dublin cafés after a year and a half on the care desk.',
  },
  {
    handle: 'vytautas',
    daysAgo: 400,
    before: { role: 'warehouse-operative', title: 'Warehouse Operative' },
    isPromotion: true,
    note: 'Passed his C1 test and took over the Cork city route from Cork dispatch.',
  },
  {
    handle: 'lena',
    daysAgo: 380,
    before: { manager: 'oisin' },
    isPromotion: false,
    note: 'Hana line-managed the Cork trainers while Oisín set up the Dublin training lab.',
  },
  {
    handle: 'hana',
    daysAgo: 350,
    before: { title: 'Barista Trainer' },
    isPromotion: false,
    note: 'Senior title for running the barista curriculum and signing off new trainers.',
  },
  {
    handle: 'rafael',
    daysAgo: 300,
    before: {
      role: 'production-operative',
      title: 'Production Operative',
      team: 'roastery',
      manager: 'tomas',
    },
    isPromotion: false,
    note: 'Moved from the packing line to Cork dispatch when Logistics took over shipping from the roastery.',
  },
  {
    handle: 'lena',
    daysAgo: 250,
    before: { manager: 'hana' },
    isPromotion: false,
    note: 'Back with Oisín once the training lab was running.',
  },
  {
    handle: 'arjun',
    daysAgo: 240,
    before: { title: 'Account Manager' },
    isPromotion: false,
    note: 'Senior title: owns the hotel and multi-site accounts.',
  },
  {
    handle: 'ciaran',
    daysAgo: 190,
    before: { role: 'production-operative', title: 'Production Operative' },
    isPromotion: true,
    note: 'Stepped up to roaster after Liam left; had been learning on the 15 kg roaster since spring.',
  },
  {
    handle: 'darragh',
    daysAgo: 120,
    before: { title: 'Warehouse Operative' },
    isPromotion: false,
    note: 'Senior title with the Stockwise go-live: super-user for the Dublin hub.',
  },
]

/** A sample timestamp on a calendar date: mid-morning, when a manager would record it. */
export function toSampleTimestamp(date: string, hour = 9): string {
  return `${date}T${String(hour).padStart(2, '0')}:30:00.000Z`
}

/**
 * The career events of the sample: replayed backwards from today's person records, so the last
 * event of each person ends in their record and each one starts where the one before ended.
 */
export function createCareerEvents(context: SampleContext, people: Person[]): CareerEvent[] {
  const personOf = (handle: string): Person => {
    const sample = context.people.find((p) => p.handle === handle)
    const person = people.find((p) => p.id === sample?.id)
    if (!person) throw new Error(`Unknown sample person "${handle}"`)
    return person
  }
  const idOf = (handle: string): string => personOf(handle).id
  const events: CareerEvent[] = []
  const handles = [...new Set(eventSpecs.map((spec) => spec.handle))]
  for (const handle of handles) {
    const person = personOf(handle)
    const own = eventSpecs
      .filter((spec) => spec.handle === handle)
      .sort((a, b) => b.daysAgo - a.daysAgo)
    // Newest first: undo each change on the job that followed it.
    let after: Job = jobOf(person)
    let laterDate = context.today
    const dated: { spec: EventSpec; date: string; before: Job; after: Job }[] = []
    for (const spec of [...own].reverse()) {
      const before = applyBefore(after, spec.before, idOf)
      const wanted = moveToWorkday(addDays(context.today, -spec.daysAgo))
      // Never before the hire (and the first weeks), never on or after the next change.
      const earliest = addDays(person.hireDate ?? wanted, 30)
      const date = getLaterDate(wanted, earliest)
      if (date >= laterDate) throw new Error(`Career events of ${handle} do not fit their dates`)
      dated.unshift({ spec, date, before, after })
      after = before
      laterDate = date
    }
    for (const [index, { spec, date, before, after: next }] of dated.entries()) {
      events.push({
        id: `career-${handle}-${index + 1}`,
        personId: person.id,
        date,
        changes: diffJobs(before, next),
        isPromotion: spec.isPromotion,
        source: 'sample',
        sourceName: '',
        importRunId: null,
        note: spec.note,
        createdAt: toSampleTimestamp(date),
      })
    }
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
}

function applyBefore(job: Job, before: Before, idOf: (handle: string) => string): Job {
  return {
    roleId: before.role === undefined ? job.roleId : toRoleId(before.role),
    title: before.title ?? job.title,
    teamId:
      before.team === undefined
        ? job.teamId
        : (teamSpecs.find((team) => team.key === before.team)?.id ?? null),
    managerId: before.manager === undefined ? job.managerId : idOf(before.manager),
  }
}

/** The ladders: lowest role first. Team Lead tops three of them; none climbs back down. */
export function createCareerPaths(): CareerPath[] {
  const path = (id: string, name: string, description: string, roles: RoleKey[]): CareerPath => ({
    id: `path-${id}`,
    name,
    description,
    roleIds: roles.map(toRoleId),
  })
  return [
    path(
      'roastery',
      'Roastery ladder',
      'From the packing line to the roaster, then leading the roastery. Roasters learn on the 15 kg machine first.',
      ['production-operative', 'roaster', 'team-lead'],
    ),
    path(
      'wholesale',
      'Wholesale ladder',
      'From the customer care desk to a portfolio of accounts, then heading the wholesale team.',
      ['customer-care', 'account-manager', 'team-lead'],
    ),
    path(
      'logistics',
      'Warehouse and delivery ladder',
      'From the warehouse floor to a delivery route (with a C1 licence), then running logistics.',
      ['warehouse-operative', 'delivery-driver', 'team-lead'],
    ),
  ]
}
