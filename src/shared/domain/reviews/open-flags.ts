import type { Review, ReviewCycle, WorkspaceData } from '../../model'
import type { PacketSources } from './build-packet'
import { checkReview } from './check-review'
import { buildCheckContext } from './evidence'
import type { BiasFlag } from './types'

export interface OpenBiasFlags {
  review: Review
  cycle: ReviewCycle
  flags: BiasFlag[]
}

/**
 * Reviews not yet final whose bias checks (`checkReview`, the same the review panel runs) raise
 * at least one flag: latest cycle first, then by person id.
 */
export function listOpenBiasFlags(
  data: PacketSources & Pick<WorkspaceData, 'reviewCycles'>,
): OpenBiasFlags[] {
  const rows: OpenBiasFlags[] = []
  const cycles = [...data.reviewCycles].sort(
    (a, b) => b.periodEnd.localeCompare(a.periodEnd) || a.id.localeCompare(b.id),
  )
  for (const cycle of cycles) {
    const open = data.reviews.filter((r) => r.cycleId === cycle.id && r.state !== 'final')
    if (open.length === 0) continue
    const context = buildCheckContext(data, cycle)
    const cycleRows: OpenBiasFlags[] = []
    for (const review of open) {
      const flags = checkReview(review, context)
      if (flags.length > 0) cycleRows.push({ review, cycle, flags })
    }
    rows.push(...cycleRows.sort((a, b) => a.review.personId.localeCompare(b.review.personId)))
  }
  return rows
}
