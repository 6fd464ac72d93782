import type { Cadence } from '../../../model'
import type { Rng } from '../random'

/** The parts of a job that change over a career: role and team by key, the manager by id. */
export type LargeJob = { role: string; team: string; managerId: string | null; title: string }

/** One stretch of employment; `leftDate` is the first day no longer on staff. */
export type Stint = { hireDate: string; leftDate: string | null }

/** Why a stint ended, as the leaver record tells it. */
export type LeaveInfo = {
  date: string
  hireDate: string
  job: LargeJob
  isVoluntary: boolean
  isRegretted: boolean
  reason: string
}

/** A dated change of job, as the simulation recorded it. */
export type JobEvent = {
  date: string
  before: LargeJob
  after: LargeJob
  isPromotion: boolean
  note: string
}

/** One person of the large sample across five years: every stint, job and move. */
export type LargePerson = {
  id: string
  number: number
  givenName: string
  familyName: string
  site: string
  arrangement: 'onsite' | 'hybrid' | 'remote'
  cadence: Cadence
  /** 0-1: how fast they learn and how well they are rated. */
  talent: number
  /** 0-1: their usual mood in check-ins. */
  spirit: number
  isOwner: boolean
  stints: Stint[]
  /** The job held from each date on, oldest first; a new entry at every hire and event. */
  history: { date: string; job: LargeJob }[]
  events: JobEvent[]
  leaves: LeaveInfo[]
  /** The current (or last) job; the simulation mutates it. */
  job: LargeJob
}

/** What every section generator receives. */
export type LargeContext = {
  today: string
  /** The first day of the workspace's history. */
  start: string
  rng: Rng
  people: LargePerson[]
  personById: Map<string, LargePerson>
}
