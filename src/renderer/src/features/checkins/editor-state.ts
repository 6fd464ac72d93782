import type { ActionItem, Checkin } from '../../../../shared/model'

export interface EditorDraft {
  date: string
  templateId: string
  answers: Record<string, string>
  sharedNotes: string
  privateNotes: string
  mood: number | null
  skillIds: string[]
  goalIds: string[]
  planItemIds: string[]
  agenda: string[]
  actions: ActionItem[]
  /** Items of earlier check-ins ticked off in this conversation. */
  completedIds: string[]
}

export function toEditorDraft(checkin: Checkin, actions: ActionItem[]): EditorDraft {
  return {
    date: checkin.date,
    templateId: checkin.templateId,
    answers: Object.fromEntries(checkin.answers.map((a) => [a.sectionId, a.text])),
    sharedNotes: checkin.sharedNotes,
    privateNotes: checkin.privateNotes,
    mood: checkin.mood,
    skillIds: checkin.skillIds,
    goalIds: checkin.goalIds,
    planItemIds: checkin.planItemIds,
    agenda: checkin.agenda,
    actions,
    completedIds: [],
  }
}

/** Answers keep every section typed in, even after a template switch, so nothing typed is lost. */
export function toCheckinRecord(
  checkin: Checkin,
  draft: EditorDraft,
  status: Checkin['status'],
): Checkin {
  return {
    ...checkin,
    date: draft.date,
    templateId: draft.templateId,
    answers: Object.entries(draft.answers)
      .filter(([, text]) => text.trim() !== '')
      .map(([sectionId, text]) => ({ sectionId, text })),
    sharedNotes: draft.sharedNotes,
    privateNotes: draft.privateNotes,
    mood: draft.mood,
    skillIds: draft.skillIds,
    goalIds: draft.goalIds,
    planItemIds: draft.planItemIds,
    agenda: draft.agenda,
    status,
  }
}

export function toggleId(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id]
}
