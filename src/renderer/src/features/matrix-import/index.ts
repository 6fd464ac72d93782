export { exportMatrixCsv } from './matrix-import-actions'
export { MatrixImportScreen } from './MatrixImportScreen'
