// Moved to db/repositories/matrix-data.ts. Kept only until the dashboard, which is being edited,
// imports it from there; then this file goes.
export { loadFullHistory, loadMatrixData, type MatrixData } from '../../db/repositories/matrix-data'
