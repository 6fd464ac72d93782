import type { Checkin, FeedbackEntry, PlanEvidence, PlanItem } from '../../model'

/** "Applied on the job" needs evidence: a linked check-in answer or feedback entry. */
export function canMarkApplied(item: Pick<PlanItem, 'evidence'>): boolean {
  return item.evidence.length > 0
}

/**
 * For items marked applied without evidence, links the check-ins that discussed them (the first
 * answered section); failing that, a later check-in or feedback entry about the item's skills.
 * Used where records come from elsewhere, such as the sample company.
 */
export function attachCheckinEvidence(
  items: readonly PlanItem[],
  checkins: readonly Checkin[],
  feedback: readonly FeedbackEntry[] = [],
): PlanItem[] {
  const byItem = new Map<string, Checkin[]>()
  for (const checkin of checkins) {
    for (const itemId of checkin.planItemIds) {
      byItem.set(itemId, [...(byItem.get(itemId) ?? []), checkin])
    }
  }
  const toEvidence = (checkin: Checkin): PlanEvidence => ({
    kind: 'checkin',
    id: checkin.id,
    sectionId: checkin.answers.find((answer) => answer.text.trim() !== '')?.sectionId ?? null,
  })
  return items.map((item) => {
    if (item.status !== 'applied' || item.evidence.length > 0) return item
    const isAbout = (record: { personId: string; date: string; skillIds: string[] }) =>
      record.personId === item.personId &&
      record.date >= (item.startDate ?? '') &&
      record.skillIds.some((id) => item.skillIds.includes(id))
    const linked = (byItem.get(item.id) ?? []).slice(0, 2).map(toEvidence)
    const evidence: PlanEvidence[] =
      linked.length > 0
        ? linked
        : [
            ...checkins.filter(isAbout).slice(0, 1).map(toEvidence),
            ...feedback
              .filter(isAbout)
              .slice(0, 1)
              .map((entry) => ({ kind: 'feedback' as const, id: entry.id, sectionId: null })),
          ]
    return evidence.length > 0 ? { ...item, evidence } : item
  })
}

export interface EvidenceOption {
  evidence: PlanEvidence
  date: string
  label: string
  text: string
}

/** A person's check-in answers and feedback entries, newest first, to link as evidence. */
export function listEvidenceOptions(input: {
  checkins: readonly Checkin[]
  feedback: readonly FeedbackEntry[]
  prompts: ReadonlyMap<string, string>
}): EvidenceOption[] {
  const options: EvidenceOption[] = []
  for (const checkin of input.checkins) {
    for (const answer of checkin.answers) {
      if (answer.text.trim() === '') continue
      options.push({
        evidence: { kind: 'checkin', id: checkin.id, sectionId: answer.sectionId },
        date: checkin.date,
        label: `Check-in: ${input.prompts.get(answer.sectionId) ?? 'answer'}`,
        text: answer.text,
      })
    }
  }
  for (const entry of input.feedback) {
    options.push({
      evidence: { kind: 'feedback', id: entry.id, sectionId: null },
      date: entry.date,
      label: `Feedback (${entry.kind}, ${entry.source})`,
      text: [entry.situation, entry.behaviour, entry.impact].filter(Boolean).join(' '),
    })
  }
  return options.sort((a, b) => b.date.localeCompare(a.date))
}

export function isSameEvidence(a: PlanEvidence, b: PlanEvidence): boolean {
  return a.kind === b.kind && a.id === b.id && a.sectionId === b.sectionId
}
