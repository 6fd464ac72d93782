export { checkReview, type ReviewCheckContext } from './check-review'
export { checkGoalContradiction, computeGoalProgress } from './goal-contradiction'
export {
  compareGroups,
  describeGroupField,
  minGroupSize,
  readGroupValue,
  type GroupField,
  type GroupGapReport,
} from './group-gaps'
export { checkHalo } from './halo'
export {
  checkRaterDistribution,
  describeRaterDistribution,
  type RaterDistribution,
} from './rater-distribution'
export { checkRecency, listCitedEvidenceIds } from './recency'
export { checkSelfManagerGap } from './self-gap'
export type { BiasFlag, BiasKind, RatingScale } from './types'
