export { findSinglePointsOfFailure } from './alerts'
export { appendAssessment, type AssessmentList, type AssessmentTable } from './assessment-table'
export { isOnStaff, trackCoverageOverTime, type CoverageOverTimeInput } from './coverage-over-time'
export {
  compareSelfAndManager,
  findCurrentLevel,
  indexCurrentLevels,
  indexLatestLevels,
  isCountedSource,
  isLaterAssessment,
  listCountedSources,
  type LatestLevelOptions,
} from './current-levels'
export {
  defaultTopGapCount,
  listIndividualGaps,
  listPersonGaps,
  listSkillSummaries,
  listSystemicGaps,
  summarizeAllPeople,
  summarizePersonGaps,
  summarizeSkillForPeople,
} from './gaps'
export { rankTrainingImpact } from './impact'
export { findOwnerIds } from './owners'
export { buildSkillMatrix, withAssessment } from './matrix'
export { emptyMatrixCell } from './matrix-store'
export {
  listMatrixColumns,
  listMatrixRows,
  type MatrixColumnSort,
  type MatrixColumnView,
  type MatrixRowSort,
  type MatrixRowView,
} from './matrix-view'
export {
  createRequirementLookup,
  findRequirement,
  listDemandSources,
  listPersonRequirements,
  matchesDemandSources,
  resolveRequirements,
  type RequirementLookup,
  type RequirementRecords,
} from './required-levels'
export { selectMatrixPeople, selectMatrixSkills } from './selection'
export { computeGap, computeSurplus, isSystemicGap } from './summaries'
export {
  criticalImpactWeight,
  defaultMatrixSource,
  defaultSystemicGapThreshold,
  minPeopleForSystemicGap,
} from './types'
export type * from './types'
export { listPersonSkills, type PersonSkillRow } from './person-skills'
