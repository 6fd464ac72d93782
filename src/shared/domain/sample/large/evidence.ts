import type { Checkin, FeedbackEntry, PlanItem } from '../../../model'

/**
 * Applied plan items point at what shows it: the check-ins that discussed them, or else the first
 * check-in or feedback on the skill after the item started (per person, so it stays fast).
 */
export function attachEvidence(
  items: PlanItem[],
  checkins: Checkin[],
  feedback: FeedbackEntry[],
): void {
  const checkinsByPerson = groupByPerson(checkins)
  const feedbackByPerson = groupByPerson(feedback)
  for (const item of items) {
    if (item.status !== 'applied') continue
    const since = item.startDate ?? ''
    const own = checkinsByPerson.get(item.personId) ?? []
    const linked = own
      .filter((c) => c.planItemIds.includes(item.id) && c.status === 'done')
      .slice(0, 2)
    const isAbout = (r: { date: string; skillIds: string[] }): boolean =>
      r.date >= since && r.skillIds.some((id) => item.skillIds.includes(id))
    const checkin =
      linked.length > 0 ? linked : own.filter((c) => c.status === 'done' && isAbout(c)).slice(0, 1)
    for (const c of checkin) {
      item.evidence.push({ kind: 'checkin', id: c.id, sectionId: c.answers[0]?.sectionId ?? null })
    }
    const entry = (feedbackByPerson.get(item.personId) ?? []).find(isAbout)
    if (entry && item.evidence.length < 2)
      item.evidence.push({ kind: 'feedback', id: entry.id, sectionId: null })
  }
}

function groupByPerson<T extends { personId: string }>(records: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const record of records) {
    const own = map.get(record.personId)
    if (own) own.push(record)
    else map.set(record.personId, [record])
  }
  return map
}
