import {
  ActionItem,
  Checkin,
  CheckinTemplate,
  FeedbackEntry,
  type Cadence,
} from '../../../../shared/model'
import { completeAction, reopenAction } from '../../../../shared/domain/checkins/actions'
import type { WorkspaceDb } from '../workspace-db'
import { isSameName, parseRecord } from './record-checks'

/** Opens the person's unfinished check-in, or starts a new draft from a template. */
export async function startCheckin(
  db: WorkspaceDb,
  input: { personId: string; date: string; templateId: string },
): Promise<string> {
  return db.transaction('rw', db.checkins, async () => {
    const drafts = await db.checkins.where('personId').equals(input.personId).toArray()
    const draft = drafts.find((c) => c.status === 'draft')
    if (draft) return draft.id
    const checkin = parseRecord(
      Checkin,
      { id: crypto.randomUUID(), ...input, status: 'draft' },
      'check-in',
    )
    await db.checkins.add(checkin)
    return checkin.id
  })
}

export interface CheckinChanges {
  checkin: Checkin
  /** Every action item that belongs to this check-in, carried copies included. */
  actions: ActionItem[]
  /** Items of earlier check-ins ticked off in this conversation. */
  completedIds: string[]
  today: string
}

/** Saves a check-in, its own action items and the items ticked off from earlier ones, in one transaction. */
export async function saveCheckin(db: WorkspaceDb, changes: CheckinChanges): Promise<void> {
  const checkin = parseRecord(Checkin, changes.checkin, 'check-in')
  const actions = changes.actions.map((action) =>
    parseRecord(
      ActionItem,
      { ...action, checkinId: checkin.id, personId: checkin.personId },
      'action item',
    ),
  )
  await db.transaction('rw', db.checkins, db.actionItems, async () => {
    const existing = await db.actionItems.where('checkinId').equals(checkin.id).primaryKeys()
    const kept = new Set(actions.map((a) => a.id))
    await db.actionItems.bulkDelete(existing.filter((id) => !kept.has(String(id))))
    await db.actionItems.bulkPut(actions)
    for (const id of changes.completedIds) {
      const action = await db.actionItems.get(id)
      if (action && !action.isDone) await db.actionItems.put(completeAction(action, changes.today))
    }
    await db.checkins.put(checkin)
  })
}

export interface DeletedCheckin {
  checkin: Checkin
  actions: ActionItem[]
}

export async function deleteCheckin(db: WorkspaceDb, id: string): Promise<DeletedCheckin | null> {
  return db.transaction('rw', db.checkins, db.actionItems, async () => {
    const checkin = await db.checkins.get(id)
    if (!checkin) return null
    const actions = await db.actionItems.where('checkinId').equals(id).toArray()
    await db.actionItems.bulkDelete(actions.map((a) => a.id))
    await db.checkins.delete(id)
    return { checkin, actions }
  })
}

export async function restoreCheckin(db: WorkspaceDb, deleted: DeletedCheckin): Promise<void> {
  await db.transaction('rw', db.checkins, db.actionItems, async () => {
    await db.checkins.put(deleted.checkin)
    await db.actionItems.bulkPut(deleted.actions)
  })
}

export async function setActionDone(
  db: WorkspaceDb,
  id: string,
  isDone: boolean,
  today: string,
): Promise<void> {
  await db.transaction('rw', db.actionItems, async () => {
    const action = await db.actionItems.get(id)
    if (!action) throw new Error('This action item no longer exists.')
    await db.actionItems.put(isDone ? completeAction(action, today) : reopenAction(action))
  })
}

export async function saveTemplate(
  db: WorkspaceDb,
  template: CheckinTemplate,
): Promise<CheckinTemplate> {
  const record = parseRecord(CheckinTemplate, template, 'template')
  await db.transaction('rw', db.checkinTemplates, async () => {
    const others = await db.checkinTemplates.toArray()
    if (others.some((t) => t.id !== record.id && isSameName(t.name, record.name)))
      throw new Error(`There is already a template called “${record.name}”.`)
    await db.checkinTemplates.put(record)
  })
  return record
}

/** Deletes a template no check-in uses; built-in templates stay. */
export async function deleteTemplate(db: WorkspaceDb, id: string): Promise<void> {
  await db.transaction('rw', db.checkinTemplates, db.checkins, async () => {
    const template = await db.checkinTemplates.get(id)
    if (!template) return
    if (template.isBuiltIn)
      throw new Error('Built-in templates cannot be deleted; edit them instead.')
    const used = await db.checkins.where('templateId').equals(id).count()
    if (used > 0)
      throw new Error(
        `${used} check-in${used === 1 ? ' uses' : 's use'} this template, so it stays: their questions come from it.`,
      )
    await db.checkinTemplates.delete(id)
  })
}

export async function saveFeedback(db: WorkspaceDb, entry: FeedbackEntry): Promise<FeedbackEntry> {
  const record = parseRecord(FeedbackEntry, entry, 'feedback entry')
  await db.feedback.put(record)
  return record
}

export async function deleteFeedback(db: WorkspaceDb, id: string): Promise<FeedbackEntry | null> {
  return db.transaction('rw', db.feedback, async () => {
    const entry = await db.feedback.get(id)
    if (!entry) return null
    await db.feedback.delete(id)
    return entry
  })
}

/** Null goes back to the workspace default. */
export async function setPersonCadence(
  db: WorkspaceDb,
  personId: string,
  cadence: Cadence | null,
): Promise<void> {
  const updated = await db.people.update(personId, { checkinCadence: cadence })
  if (updated === 0) throw new Error('This person is no longer in the workspace.')
}

export async function setDefaultCadence(db: WorkspaceDb, cadence: Cadence): Promise<void> {
  await db.settings.put({ key: 'defaultCadence', value: cadence })
}
