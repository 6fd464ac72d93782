import type { TeamReport } from './packet'
import type { PacketSources } from './build-packet'

export type Naming = TeamReport['naming']

/** "Renée Dubois" -> "R.D."; "佐藤 花子" -> "佐.花." */
export function toInitials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${[...part][0]!.toUpperCase()}.`)
    .join('')
}

/**
 * The team skills report: the matrix, systemic gaps, coverage and single points of failure.
 * With `initials` or `codes`, no name of a person appears anywhere in the report.
 */
export function buildTeamReport(
  data: PacketSources,
  options: {
    teamId: string
    teamName: string
    naming: Naming
    today: string
    workspaceName: string
    systemicGapThreshold: number
  },
): TeamReport {
  const people = data.people
    .filter((p) => p.status === 'active' && p.teamId === options.teamId)
    .sort((a, b) => a.displayName.localeCompare(b.displayName))
  const required = new Map<string, Map<string, number>>()
  for (const person of people) {
    const needs = new Map<string, number>()
    for (const r of data.roleRequirements)
      if (r.roleId === person.roleId) needs.set(r.skillId, r.requiredLevel)
    for (const o of data.requirementOverrides)
      if (o.personId === person.id) needs.set(o.skillId, o.requiredLevel)
    required.set(person.id, needs)
  }
  const latest = new Map<string, { level: number; date: string }>()
  for (const a of data.assessments) {
    if (a.source === 'self' || a.date > options.today) continue
    const key = `${a.personId}|${a.skillId}`
    const known = latest.get(key)
    if (!known || a.date > known.date) latest.set(key, { level: a.level, date: a.date })
  }
  const skillIds = [...new Set([...required.values()].flatMap((needs) => [...needs.keys()]))]
  const skills = skillIds
    .flatMap((id) => data.skills.filter((s) => s.id === id))
    .sort((a, b) => Number(b.isCritical) - Number(a.isCritical) || a.name.localeCompare(b.name))
  const label = (name: string, index: number) =>
    options.naming === 'names'
      ? name
      : options.naming === 'initials'
        ? toInitials(name)
        : `P${String(index + 1).padStart(2, '0')}`
  const labels = new Map(people.map((p, index) => [p.id, label(p.displayName, index)]))
  const cell = (personId: string, skillId: string) => ({
    current: latest.get(`${personId}|${skillId}`)?.level ?? null,
    required: required.get(personId)?.get(skillId) ?? null,
  })

  const summaries = skills.map((skill) => {
    const cells = people.map((p) => ({ person: p, ...cell(p.id, skill.id) }))
    const needing = cells.filter((c) => c.required !== null)
    const below = needing.filter((c) => (c.current ?? 0) < c.required!)
    const holders = cells.filter(
      (c) => c.current !== null && c.current >= (c.required ?? maxRequired(needing)),
    )
    return { skill, needing: needing.length, below: below.length, holders }
  })
  return {
    teamName: options.teamName,
    generatedOn: options.today,
    workspaceName: options.workspaceName,
    naming: options.naming,
    scale: [...data.scaleLevels]
      .sort((a, b) => a.level - b.level)
      .map((s) => ({ level: s.level, label: s.label })),
    skills: skills.map((s) => ({ name: s.name, isCritical: s.isCritical })),
    rows: people.map((p) => ({
      label: labels.get(p.id)!,
      cells: skills.map((s) => cell(p.id, s.id)),
    })),
    systemicGaps: summaries
      .filter((s) => s.needing >= 2 && s.below / s.needing >= options.systemicGapThreshold)
      .map((s) => ({ skill: s.skill.name, below: s.below, needing: s.needing })),
    coverage: summaries.map((s) => ({
      skill: s.skill.name,
      atLevel: s.needing - s.below,
      needing: s.needing,
      minExperts: s.skill.minExperts,
    })),
    singlePointsOfFailure: summaries
      .filter((s) => s.skill.isCritical && s.holders.length === 1)
      .map((s) => ({ skill: s.skill.name, holder: labels.get(s.holders[0]!.person.id)! })),
  }
}

function maxRequired(cells: Array<{ required: number | null }>): number {
  return Math.max(1, ...cells.map((c) => c.required ?? 0))
}
