import { readInternals, readLevel } from './matrix-store'
import type { MatrixColumn, SinglePointOfFailureAlert, SkillMatrix } from './types'

/**
 * Critical skills that one person or nobody holds. A holder is anyone in the model (needed or
 * not) whose current level is at or above the highest level anyone in the model needs: that is
 * who could stand in for the most demanding need. Someone who only meets a lower requirement
 * (a level 1 packer for a level 3 roaster's skill) cannot. Nobody-holds comes first.
 */
export function findSinglePointsOfFailure(model: SkillMatrix): SinglePointOfFailureAlert[] {
  const { columnOf, stores } = readInternals(model)
  const alerts: SinglePointOfFailureAlert[] = []
  for (const column of model.columns.values()) {
    const index = columnOf.get(column.skillId)
    const requiredLevel = column.highestRequiredLevel
    if (!column.isCritical || column.needCount === 0 || requiredLevel === null) continue
    if (index === undefined) continue
    const holderPersonIds: string[] = []
    for (const store of stores) {
      const current = readLevel(store, index)
      if (current !== null && current >= requiredLevel) holderPersonIds.push(store.person.id)
      // A second holder is enough to rule the alert out.
      if (holderPersonIds.length > 1) break
    }
    if (holderPersonIds.length > 1) continue
    const holderName = holderPersonIds[0] === undefined ? null : nameOf(model, holderPersonIds[0])
    alerts.push({
      skillId: column.skillId,
      skillName: column.name,
      kind: holderName === null ? 'no-holder' : 'single-holder',
      requiredLevel,
      needCount: column.needCount,
      holderPersonIds,
      message: describeAlert(column, requiredLevel, holderName),
    })
  }
  return alerts.sort(
    (a, b) =>
      Number(a.kind === 'single-holder') - Number(b.kind === 'single-holder') ||
      b.needCount - a.needCount ||
      a.skillName.localeCompare(b.skillName),
  )
}

function describeAlert(
  column: MatrixColumn,
  requiredLevel: number,
  holderName: string | null,
): string {
  const level =
    column.lowestRequiredLevel === requiredLevel
      ? `at the required level ${requiredLevel}`
      : `at level ${requiredLevel}, the highest level required`
  const need = column.needCount === 1 ? '1 person needs it' : `${column.needCount} people need it`
  const who = holderName === null ? 'Nobody holds' : `Only ${holderName} holds`
  return `${who} ${column.name} ${level}; ${need}.`
}

function nameOf(model: SkillMatrix, personId: string): string {
  return model.people.get(personId)?.displayName ?? 'one person'
}
