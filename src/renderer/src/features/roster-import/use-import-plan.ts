import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import { planRosterImport } from '../../../../shared/domain/roster-import/plan'
import { buildRosterRows, detectFileDateOrder } from '../../../../shared/domain/roster-import/rows'
import type {
  DateOrder,
  PastReviewInput,
  RosterImportPlan,
  RosterRow,
  ValueContext,
} from '../../../../shared/domain/roster-import/types'
import { useWorkspaceSettings } from '../../app/use-workspace-settings'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { measureDuration } from '../../ui/measure'
import { useImportStore } from './import-store'

/** The scale and leaving reasons the value mapping offers; undefined while they load. */
export function useValueContext(): ValueContext | undefined {
  const { db } = useCurrentWorkspace()
  const settings = useWorkspaceSettings()
  const scale = useLiveQuery(() => db.scaleLevels.orderBy('level').toArray(), [db])
  return useMemo(
    () => (scale && settings ? { scale, leavingReasons: settings.leavingReasons } : undefined),
    [scale, settings],
  )
}

/** The date order the file's rows are read in: the file's own, else the user's answer. */
export function useDateOrder(): DateOrder | null {
  const csv = useImportStore((state) => state.csv)
  const mappings = useImportStore((state) => state.mappings)
  const chosenOrder = useImportStore((state) => state.dateOrder)
  return useMemo(() => {
    if (!csv) return null
    const detected = detectFileDateOrder(csv, mappings)
    return detected === 'month-first' || detected === 'day-first'
      ? detected
      : detected === 'ambiguous'
        ? chosenOrder
        : null
  }, [csv, mappings, chosenOrder])
}

/** Whether the past review's name and period can be saved; a sentence saying what is wrong if not. */
export function findPastReviewProblem(review: PastReviewInput, today: string): string | null {
  if (review.name.trim() === '') return 'Name the review the ratings come from.'
  if (review.periodStart === '' || review.periodEnd === '') {
    return 'Give the first and last day of the period the ratings are for.'
  }
  if (review.periodEnd < review.periodStart) return 'The period ends before it starts.'
  if (review.periodEnd > today) return 'The period must have ended: these are past ratings.'
  return null
}

/** The rows as they will be saved and what the import will do, recomputed as the user changes the mapping, the values or exclusions. */
export function useImportPlan():
  { rows: RosterRow[]; plan: RosterImportPlan; dateOrder: DateOrder | null } | undefined {
  const { db } = useCurrentWorkspace()
  const csv = useImportStore((state) => state.csv)
  const mappings = useImportStore((state) => state.mappings)
  const excludedRows = useImportStore((state) => state.excludedRows)
  const valueChoices = useImportStore((state) => state.valueChoices)
  const pastReview = useImportStore((state) => state.pastReview)
  const valueContext = useValueContext()
  const dateOrder = useDateOrder()
  const workspace = useLiveQuery(
    async () => ({
      people: await db.people.toArray(),
      teams: await db.teams.toArray(),
      roles: await db.roleProfiles.toArray(),
      leavers: await db.leavers.toArray(),
      cycles: await db.reviewCycles.toArray(),
      reviews: await db.reviews.toArray(),
    }),
    [db],
  )

  const rows = useMemo(() => {
    if (!csv || !valueContext) return []
    return measureDuration('trellis:import-rows', () =>
      buildRosterRows(csv, mappings, { dateOrder, excludedRows, valueChoices, valueContext }),
    )
  }, [csv, mappings, dateOrder, excludedRows, valueChoices, valueContext])

  return useMemo(() => {
    if (!workspace || !csv || !valueContext) return undefined
    const today = toLocalIsoDate(new Date())
    const hasScores = mappings.some((mapping) => mapping.target === 'performance')
    const plan = measureDuration('trellis:import-plan', () =>
      planRosterImport({
        rows,
        excludedRows,
        mappings,
        people: workspace.people,
        teams: workspace.teams,
        roles: workspace.roles,
        leavers: workspace.leavers,
        cycles: workspace.cycles,
        reviews: workspace.reviews,
        pastReview:
          hasScores && findPastReviewProblem(pastReview, today) === null ? pastReview : undefined,
        today,
        now: new Date().toISOString(),
        createId: () => crypto.randomUUID(),
      }),
    )
    return { rows, plan, dateOrder }
  }, [rows, excludedRows, workspace, csv, mappings, pastReview, valueContext, dateOrder])
}
