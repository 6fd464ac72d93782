import {
  buildGoalUpdatesCsvRows,
  buildGoalsCsvRows,
  buildKpiSeriesCsvRows,
} from '../../../../shared/domain/goals/export'
import { computeRollup } from '../../../../shared/domain/goals/progress'
import type { Goal } from '../../../../shared/model'
import { deleteGoal, deleteGoalUpdate } from '../../db/repositories/goals'
import type { WorkspaceDb } from '../../db/workspace-db'
import { desktop } from '../../platform'
import { notify } from '../../ui/toast-store'
import { describeError, todayIso } from '../../ui/format'
import { writeWithUndo } from '../../app/undo'

async function save(title: string, name: string, rows: string[][], what: string): Promise<void> {
  try {
    const result = await desktop.saveCsv({
      title,
      suggestedName: `${name} ${todayIso()}.csv`,
      rows,
    })
    if (result.status === 'saved') notify('success', `Exported ${what} to ${result.fileName}.`)
  } catch (error) {
    notify('error', `The export failed: ${describeError(error)}`)
  }
}

export async function exportGoalsCsv(db: WorkspaceDb): Promise<void> {
  const [goals, keyResults, updates, people, teams] = await Promise.all([
    db.goals.toArray(),
    db.keyResults.toArray(),
    db.goalUpdates.toArray(),
    db.people.toArray(),
    db.teams.toArray(),
  ])
  const rows = buildGoalsCsvRows({
    goals,
    keyResults,
    people,
    teams,
    rollup: computeRollup(goals, keyResults, updates),
  })
  await save('Export goals', 'Goals', rows, `${goals.length} goals`)
}

export async function exportGoalUpdatesCsv(db: WorkspaceDb): Promise<void> {
  const [goals, keyResults, updates] = await Promise.all([
    db.goals.toArray(),
    db.keyResults.toArray(),
    db.goalUpdates.toArray(),
  ])
  await save(
    'Export goal updates',
    'Goal updates',
    buildGoalUpdatesCsvRows({ goals, keyResults, updates }),
    `${updates.length} updates`,
  )
}

export async function exportKpiSeriesCsv(db: WorkspaceDb): Promise<void> {
  const [kpis, measurements, people, teams] = await Promise.all([
    db.kpis.toArray(),
    db.kpiMeasurements.toArray(),
    db.people.toArray(),
    db.teams.toArray(),
  ])
  await save(
    'Export KPI series',
    'KPI series',
    buildKpiSeriesCsvRows({ kpis, measurements, people, teams }),
    `${measurements.length} measurements`,
  )
}

export async function confirmDeleteGoal(db: WorkspaceDb, goal: Goal): Promise<boolean> {
  const [results, updates, children] = await Promise.all([
    db.keyResults.where('goalId').equals(goal.id).count(),
    db.goalUpdates.where('goalId').equals(goal.id).count(),
    db.goals.where('parentId').equals(goal.id).count(),
  ])
  const { isConfirmed } = await desktop.confirm({
    title: 'Delete goal',
    message: `Delete “${goal.title}”?`,
    detail: `Its ${results} key results and ${updates} progress updates are deleted with it.${children > 0 ? ` The ${children} goals aligned to it move up to its parent.` : ''} To keep the history, record a review decision (dropped) instead.`,
    confirmLabel: 'Delete',
    isDestructive: true,
  })
  if (!isConfirmed) return false
  try {
    await writeWithUndo(db, () => deleteGoal(db, goal.id), `Deleted “${goal.title}”.`)
    return true
  } catch (error) {
    notify('error', `The goal was not deleted: ${describeError(error)}`)
    return false
  }
}

export async function confirmDeleteUpdate(
  db: WorkspaceDb,
  updateId: string,
  date: string,
): Promise<void> {
  const { isConfirmed } = await desktop.confirm({
    title: 'Delete update',
    message: `Delete the update of ${date}?`,
    detail: 'The key result keeps its current value; change it by adding a new update.',
    confirmLabel: 'Delete',
    isDestructive: true,
  })
  if (!isConfirmed) return
  await writeWithUndo(db, () => deleteGoalUpdate(db, updateId), 'Deleted the update.')
}
