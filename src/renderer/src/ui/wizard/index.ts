export {
  createCommitActions,
  idleCommit,
  type CommitActions,
  type CommitFields,
  type CommitProgress,
  type CommitStep,
} from './commit-steps'
export { WizardPage } from './WizardPage'
export { FileChoiceCard } from './FileChoiceCard'
export { CsvReadCard, describeCsvSize } from './CsvReadCard'
export { MappingTable, MappingProblems, sampleValues, type FileColumn } from './MappingTable'
export { ImportSummary, MoreRows, useRowLimit, reviewPageSize } from './ReviewParts'
export { StepActions } from './StepActions'
export { ImportProgressCard, describeProgress } from './ImportProgressCard'
export { DoneCard } from './DoneCard'
export { StepCard } from './StepCard'
