// Moved to db/repositories/evaluation-data.ts. Kept only until the dashboard, which is being
// edited, imports it from there; then this file goes.
export { loadEvaluationData } from '../../db/repositories/evaluation-data'
