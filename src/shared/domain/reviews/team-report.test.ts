import { describe, expect, it } from 'vitest'
import { generateSampleCompany } from '../sample/generate'
import { TeamReport } from './packet'
import { buildTeamReport, toInitials } from './team-report'

const today = '2026-11-23'
const data = generateSampleCompany({ today })
const team = data.teams.find((t) => data.people.filter((p) => p.teamId === t.id).length >= 3)!
const build = (naming: 'names' | 'initials' | 'codes') =>
  buildTeamReport(data, {
    teamId: team.id,
    teamName: team.name,
    naming,
    today,
    workspaceName: 'Kestrel',
    systemicGapThreshold: 0.4,
  })

describe('team skills report', () => {
  it('turns names into initials, including accented and CJK names', () => {
    expect(toInitials('Renée Dubois')).toBe('R.D.')
    expect(toInitials('Łukasz Nowak')).toBe('Ł.N.')
    expect(toInitials('佐藤 花子')).toBe('佐.花.')
  })

  it('lists the team with the matrix and passes the contract schema', () => {
    const report = build('names')
    expect(() => TeamReport.parse(report)).not.toThrow()
    const members = data.people.filter((p) => p.teamId === team.id && p.status === 'active')
    expect(report.rows.map((r) => r.label).sort()).toEqual(members.map((p) => p.displayName).sort())
    expect(report.rows.every((r) => r.cells.length === report.skills.length)).toBe(true)
    for (const gap of report.systemicGaps)
      expect(gap.below / gap.needing).toBeGreaterThanOrEqual(0.4)
  })

  it('leaves no name in the report when initials or codes are chosen', () => {
    for (const naming of ['initials', 'codes'] as const) {
      const text = JSON.stringify(build(naming))
      for (const person of data.people) expect(text).not.toContain(person.displayName)
    }
    expect(build('codes').rows[0]!.label).toBe('P01')
  })
})
