import type { Goal, GoalUpdate, KeyResult, Kpi, KpiMeasurement, Person, Team } from '../../model'
import { computeKeyResultProgress, type GoalProgress } from './progress'
import { checkGoalQuality, countAlignedGoals } from './quality'

function formatNumber(value: number | null): string {
  return value === null ? '' : String(value)
}

function formatShare(value: number | null): string {
  return value === null ? '' : String(Math.round(value * 1000) / 10)
}

interface Names {
  people: readonly Person[]
  teams: readonly Team[]
}

function nameLookup(names: Names): {
  person: (id: string | null) => string
  team: (id: string | null) => string
} {
  const people = new Map(names.people.map((person) => [person.id, person.displayName]))
  const teams = new Map(names.teams.map((team) => [team.id, team.name]))
  return {
    person: (id) => (id === null ? '' : (people.get(id) ?? id)),
    team: (id) => (id === null ? '' : (teams.get(id) ?? id)),
  }
}

/** One row per goal and one per key result under it (the key-result columns filled). */
export function buildGoalsCsvRows(
  input: Names & {
    goals: readonly Goal[]
    keyResults: readonly KeyResult[]
    rollup: ReadonlyMap<string, GoalProgress>
  },
): string[][] {
  const names = nameLookup(input)
  const titles = new Map(input.goals.map((goal) => [goal.id, goal.title]))
  const rows: string[][] = [
    [
      'period',
      'goal ID',
      'goal',
      'level',
      'style',
      'team',
      'owner',
      'aligned to',
      'due date',
      'status',
      'weight',
      'progress %',
      'quality flags',
      'key result',
      'unit',
      'direction',
      'baseline',
      'target',
      'current',
      'key result weight',
      'key result progress %',
    ],
  ]
  for (const goal of input.goals) {
    const results = input.keyResults.filter((kr) => kr.goalId === goal.id)
    const flags = checkGoalQuality(goal, results, countAlignedGoals(goal.id, input.goals))
      .map((flag) => flag.label)
      .join('; ')
    const base = [
      goal.period,
      goal.id,
      goal.title,
      goal.level,
      goal.style,
      names.team(goal.teamId),
      names.person(goal.ownerPersonId),
      goal.parentId === null ? '' : (titles.get(goal.parentId) ?? goal.parentId),
      goal.dueDate ?? '',
      goal.status,
      String(goal.weight),
      formatShare(input.rollup.get(goal.id)?.progress ?? null),
      flags,
    ]
    rows.push([...base, '', '', '', '', '', '', '', ''])
    for (const kr of results) {
      rows.push([
        ...base,
        kr.title,
        kr.unit,
        kr.direction,
        String(kr.baseline),
        String(kr.target),
        String(kr.current),
        String(kr.weight),
        formatShare(computeKeyResultProgress(kr)),
      ])
    }
  }
  return rows
}

export function buildGoalUpdatesCsvRows(input: {
  goals: readonly Goal[]
  keyResults: readonly KeyResult[]
  updates: readonly GoalUpdate[]
}): string[][] {
  const goals = new Map(input.goals.map((goal) => [goal.id, goal]))
  const results = new Map(input.keyResults.map((kr) => [kr.id, kr]))
  const rows: string[][] = [['date', 'period', 'goal', 'key result', 'value', 'confidence', 'note']]
  const sorted = [...input.updates].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  )
  for (const update of sorted) {
    const goal = goals.get(update.goalId)
    rows.push([
      update.date,
      goal?.period ?? '',
      goal?.title ?? update.goalId,
      update.keyResultId === null
        ? ''
        : (results.get(update.keyResultId)?.title ?? update.keyResultId),
      formatNumber(update.value),
      update.confidence,
      update.note,
    ])
  }
  return rows
}

/** KPI series in the same columns the import reads (date, KPI, scope, value), plus the unit. */
export function buildKpiSeriesCsvRows(
  input: Names & {
    kpis: readonly Kpi[]
    measurements: readonly KpiMeasurement[]
  },
): string[][] {
  const names = nameLookup(input)
  const kpis = new Map(input.kpis.map((kpi) => [kpi.id, kpi]))
  const rows: string[][] = [['date', 'KPI', 'scope', 'value', 'unit']]
  const sorted = [...input.measurements].sort(
    (a, b) =>
      a.kpiId.localeCompare(b.kpiId) ||
      (a.subjectId ?? '').localeCompare(b.subjectId ?? '') ||
      a.date.localeCompare(b.date),
  )
  for (const m of sorted) {
    const kpi = kpis.get(m.kpiId)
    const scope =
      kpi?.scope === 'team'
        ? names.team(m.subjectId)
        : kpi?.scope === 'person'
          ? names.person(m.subjectId)
          : m.subjectId === null
            ? ''
            : names.team(m.subjectId) || names.person(m.subjectId)
    rows.push([m.date, kpi?.name ?? m.kpiId, scope, String(m.value), kpi?.unit ?? ''])
  }
  return rows
}
