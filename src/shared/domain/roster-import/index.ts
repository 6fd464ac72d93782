export { describeMappingTarget, describeRosterField, rosterFields } from './fields'
export {
  computeHeaderSignature,
  findMappingConflicts,
  findMappingGaps,
  suggestColumnMapping,
  toCustomFieldName,
} from './mapping'
export { detectDateOrder, parseRosterDate } from './dates'
export { buildRosterRows, detectFileDateOrder } from './rows'
export { planRosterImport } from './plan'
export { rosterTemplateRows } from './template'
export type * from './types'
