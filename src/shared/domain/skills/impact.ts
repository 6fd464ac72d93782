import {
  criticalImpactWeight,
  type MatrixColumn,
  type SkillMatrix,
  type TrainingImpact,
} from './types'

/**
 * Where training would close the most gap. score = (sum of the gaps of everyone below the
 * required level) x weight, with weight 2 for critical skills and 1 otherwise. The sum already
 * grows with both the number of people affected and the size of each gap. Skills without a gap
 * are left out. Highest score first; ties: more people, then critical, then by name.
 */
export function rankTrainingImpact(model: SkillMatrix): TrainingImpact[] {
  const ranking: TrainingImpact[] = []
  for (const column of model.columns.values()) {
    if (column.totalGap <= 0) continue
    const weight = column.isCritical ? criticalImpactWeight : 1
    const score = column.totalGap * weight
    ranking.push({
      skillId: column.skillId,
      skillName: column.name,
      score,
      weight,
      affectedPersonIds: column.belowPersonIds,
      affectedCount: column.belowCount,
      totalGap: column.totalGap,
      isCritical: column.isCritical,
      isSystemic: column.isSystemic,
      reason: explainImpact(column, score),
    })
  }
  return ranking.sort(
    (a, b) =>
      b.score - a.score ||
      b.affectedCount - a.affectedCount ||
      Number(b.isCritical) - Number(a.isCritical) ||
      a.skillName.localeCompare(b.skillName),
  )
}

function explainImpact(column: MatrixColumn, score: number): string {
  const { belowCount, needCount, totalGap } = column
  const levels = totalGap === 1 ? '1 level' : `${totalGap} levels`
  const parts = [
    needCount === 1
      ? `The one person who needs it is ${levels} below the required level`
      : belowCount === needCount
        ? `All ${needCount} people who need it are below the required level, ${levels} in total`
        : `${belowCount} of the ${needCount} people who need it ${belowCount === 1 ? 'is' : 'are'} below the required level, ${levels} in total`,
  ]
  if (column.isCritical) {
    const times = criticalImpactWeight === 2 ? 'double' : `${criticalImpactWeight} times`
    parts.push(`critical, so the gap counts ${times}`)
  }
  if (column.isSystemic) parts.push('a systemic gap')
  return `${parts.join('; ')}: score ${score}.`
}
