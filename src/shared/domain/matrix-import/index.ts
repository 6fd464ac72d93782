export {
  createSkillFinder,
  describeColumn,
  findDefaultCategoryId,
  findMatrixColumnConflicts,
  findMatrixColumnGaps,
  importedCategoryName,
  newCategoryKey,
  suggestMatrixColumns,
} from './columns'
export { buildMatrixCsvRows, matrixPersonHeaders, type MatrixCsvInput } from './export'
export { createLevelReader } from './levels'
export { createIdAfter, planMatrixImport } from './plan'
export { planRoleRequirements, readRequiredFile, readRequiredRow } from './required'
export { readMatrixRows } from './rows'
export { isRequiredLabel, toSkillKey } from './text'
export type * from './types'
