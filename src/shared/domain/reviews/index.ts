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
export { buildReviewPacket, type PacketOptions, type PacketSources } from './build-packet'
export {
  buildCheckContext,
  listPeriodEvidence,
  readPerformanceLevel,
  readRatingScale,
  type EvidenceItem,
  type NineBoxLevel,
} from './evidence'
export { listOpenBiasFlags, type OpenBiasFlags } from './open-flags'
export { buildTeamReport, toInitials, type Naming } from './team-report'
export {
  CycleDraft,
  describeRemoval,
  findAddProblem,
  findCycleDraftProblem,
  hasReviewContent,
  judgeRemoval,
  listAddablePeople,
  suggestRater,
  type CycleField,
  type RemovalVerdict,
} from './cycle-people'
export {
  choosePeople,
  describePersonRole,
  foldForSearch,
  groupPeopleForPicker,
  togglePerson,
  toggleTeam,
  type PickerGroup,
} from './people-picker'
export { NineBoxMove, findReviewSaveProblem, type ReviewSaveProblem } from './review-form'
