import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { planMatrixImport } from '../../../../shared/domain/matrix-import/plan'
import type { MatrixImportPlan } from '../../../../shared/domain/matrix-import/types'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { loadMatrixImportData, type MatrixImportData } from '../../db/repositories/matrix-import'
import { measureDuration } from '../../ui/measure'
import { pastedFileName, useMatrixImportStore } from './matrix-import-store'

/** What the import will do, recomputed as the user changes the mapping or the options. */
export function useMatrixImportPlan():
  { plan: MatrixImportPlan; data: MatrixImportData } | undefined {
  const { db } = useCurrentWorkspace()
  const csv = useMatrixImportStore((state) => state.csv)
  const columns = useMatrixImportStore((state) => state.columns)
  const requiredFile = useMatrixImportStore((state) => state.requiredFile)
  const requiredUse = useMatrixImportStore((state) => state.requiredUse)
  const source = useMatrixImportStore((state) => state.source)
  const date = useMatrixImportStore((state) => state.date)
  const data = useLiveQuery(() => loadMatrixImportData(db), [db])

  return useMemo(() => {
    if (!data || !csv || date === '') return undefined
    const note =
      csv.fileName === pastedFileName
        ? 'Pasted from a spreadsheet'
        : `Imported from ${csv.fileName}`.slice(0, 4000)
    const plan = measureDuration('trellis:matrix-import-plan', () =>
      planMatrixImport({
        ...data,
        csv,
        columns,
        requiredFile,
        requiredUse,
        source,
        date,
        note,
        createId: () => crypto.randomUUID(),
      }),
    )
    return { plan, data }
  }, [data, csv, columns, requiredFile, requiredUse, source, date])
}
