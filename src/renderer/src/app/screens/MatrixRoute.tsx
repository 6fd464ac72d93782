import { MatrixScreen } from '../../features/matrix/MatrixScreen'
import { exportMatrixCsv } from '../../features/matrix-import/matrix-import-actions'
import { MatrixImportScreen } from '../../features/matrix-import/MatrixImportScreen'

/** #/matrix: the skills matrix, with the import wizard and the CSV export from matrix-import/. */
export function MatrixRoute() {
  return <MatrixScreen importScreen={<MatrixImportScreen />} exportCsv={exportMatrixCsv} />
}
