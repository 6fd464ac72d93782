import type { Cadence } from '../../model'

export type TeamKey = 'roastery' | 'logistics' | 'sales' | 'support'

export type SiteKey = 'cork' | 'dublin'

export type RoleKey =
  | 'managing-director'
  | 'team-lead'
  | 'roaster'
  | 'production-operative'
  | 'warehouse-operative'
  | 'delivery-driver'
  | 'account-manager'
  | 'customer-care'
  | 'barista-trainer'
  | 'service-technician'

/** One employee of the sample company, as written by hand; ids and dates are derived later. */
export type PersonSpec = {
  handle: string
  givenName: string
  familyName: string
  title: string
  team: TeamKey | null
  role: RoleKey
  isLead: boolean
  hiredDaysAgo: number
  leftDaysAgo: number | null
  site: SiteKey
  arrangement: 'onsite' | 'hybrid' | 'remote'
  contract: 'Full-time' | 'Part-time'
  shift: string | null
  cadence: Cadence | null
  /** Story hooks the generators read: a falling mood, a lapsed check-in rhythm. */
  mood: 'steady' | 'high' | 'declining'
  isBehindOnCheckins: boolean
}

/** A person of the generated company with the ids and dates every generator needs. */
export type SamplePerson = PersonSpec & {
  id: string
  teamId: string | null
  roleId: string
  managerId: string | null
  hireDate: string
  leftDate: string | null
  /** The last date the person could take part in anything: `leftDate` or today. */
  activeUntil: string
}

/** A feedback template: team, kind, skills (first is the main one), situation, behaviour, impact. */
export type FeedbackRow = [
  team: TeamKey | 'any',
  kind: 'praise' | 'constructive',
  skills: string[],
  situation: string,
  behaviour: string,
  impact: string,
]
