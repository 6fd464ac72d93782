import type { TeamKey } from '../types'
import { teamSpecs } from './team-specs'

/** Which phrase pools suit a team: the small sample's four teams, the cafés, or an office. */
export type TeamFamily = TeamKey | 'cafe' | 'office'
export type Workplace = 'floor' | 'road' | 'office' | 'lab'

export { sites, teamSpecs } from './team-specs'

export type TeamSpec = {
  key: string
  name: string
  description: string
  site: string
  parent: string | null
  /** Headcount (lead included) in a company of 200. */
  size: number
  leadTitle: string
  /** Member roles and their share of the team. */
  roles: [role: string, share: number][]
  family: TeamFamily
  workplace: Workplace
}

export function toTeamId(key: string): string {
  return `team-${key}`
}

export function findTeamSpec(key: string): TeamSpec {
  const spec = teamSpecs.find((t) => t.key === key)
  if (!spec) throw new Error(`Unknown large-sample team "${key}"`)
  return spec
}

/** Headcount per team for a company of `people`: proportional, at least the lead in each. */
export function scaleTeamSizes(people: number): Map<string, number> {
  if (people < teamSpecs.length + 4) {
    throw new Error(`The large sample needs at least ${teamSpecs.length + 4} people`)
  }
  const total = teamSpecs.reduce((sum, t) => sum + t.size, 0)
  const raw = teamSpecs.map((t) => ({ key: t.key, exact: (t.size * people) / total }))
  const sizes = new Map(raw.map((r) => [r.key, Math.max(1, Math.floor(r.exact))]))
  let left = people - [...sizes.values()].reduce((sum, n) => sum + n, 0)
  const byRemainder = [...raw].sort(
    (a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)),
  )
  for (let i = 0; left !== 0; i = (i + 1) % byRemainder.length) {
    const key = byRemainder[i]?.key ?? ''
    const size = sizes.get(key) ?? 1
    if (left > 0) {
      sizes.set(key, size + 1)
      left -= 1
    } else if (size > 1) {
      sizes.set(key, size - 1)
      left += 1
    }
  }
  return sizes
}
