import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import { planRosterImport } from '../../../../shared/domain/roster-import/plan'
import { buildRosterRows, detectFileDateOrder } from '../../../../shared/domain/roster-import/rows'
import type {
  DateOrder,
  RosterImportPlan,
  RosterRow,
} from '../../../../shared/domain/roster-import/types'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { measureDuration } from '../../ui/measure'
import { useImportStore } from './import-store'

/** The rows as they will be saved and what the import will do, recomputed as the user changes the mapping or exclusions. */
export function useImportPlan(): { rows: RosterRow[]; plan: RosterImportPlan } | undefined {
  const { db } = useCurrentWorkspace()
  const csv = useImportStore((state) => state.csv)
  const mappings = useImportStore((state) => state.mappings)
  const chosenOrder = useImportStore((state) => state.dateOrder)
  const excludedRows = useImportStore((state) => state.excludedRows)
  const workspace = useLiveQuery(
    async () => ({
      people: await db.people.toArray(),
      teams: await db.teams.toArray(),
      roles: await db.roleProfiles.toArray(),
    }),
    [db],
  )

  const rows = useMemo(() => {
    if (!csv) return []
    const detected = detectFileDateOrder(csv, mappings)
    const dateOrder: DateOrder | null =
      detected === 'month-first' || detected === 'day-first'
        ? detected
        : detected === 'ambiguous'
          ? chosenOrder
          : null
    return measureDuration('trellis:import-rows', () =>
      buildRosterRows(csv, mappings, { dateOrder, excludedRows }),
    )
  }, [csv, mappings, chosenOrder, excludedRows])

  return useMemo(() => {
    if (!workspace || !csv) return undefined
    const plan = measureDuration('trellis:import-plan', () =>
      planRosterImport({
        rows,
        excludedRows,
        mappings,
        people: workspace.people,
        teams: workspace.teams,
        roles: workspace.roles,
        today: toLocalIsoDate(new Date()),
        createId: () => crypto.randomUUID(),
      }),
    )
    return { rows, plan }
  }, [rows, excludedRows, workspace, csv, mappings])
}
