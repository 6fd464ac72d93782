import type { PersonSpec, RoleKey, TeamKey } from './types'

type Draft = Omit<PersonSpec, 'isLead' | 'leftDaysAgo' | 'shift' | 'mood' | 'isBehindOnCheckins'> &
  Partial<Pick<PersonSpec, 'isLead' | 'leftDaysAgo' | 'shift' | 'mood' | 'isBehindOnCheckins'>>

export function describePerson(
  handle: string,
  name: [string, string],
  title: string,
  team: TeamKey | null,
  role: RoleKey,
  hiredDaysAgo: number,
  rest: Partial<Draft> = {},
): PersonSpec {
  const [givenName, familyName] = name
  const base: Draft = {
    handle,
    givenName,
    familyName,
    title,
    team,
    role,
    hiredDaysAgo,
    site: 'cork',
    arrangement: 'onsite',
    contract: 'Full-time',
    cadence: 'biweekly',
    ...rest,
  }
  return {
    isLead: false,
    leftDaysAgo: null,
    shift: null,
    mood: 'steady',
    isBehindOnCheckins: false,
    ...base,
  }
}

export const dublin = { site: 'dublin' } as const
