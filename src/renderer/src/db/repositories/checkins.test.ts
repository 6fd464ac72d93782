import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import {
  carryAction,
  listActionsToReview,
  listOpenActions,
} from '../../../../shared/domain/checkins/actions'
import { createStarterWorkspaceData } from '../../../../shared/domain/workspace/defaults'
import { openWorkspaceDb } from '../workspace-db'
import {
  deleteCheckin,
  deleteTemplate,
  restoreCheckin,
  saveCheckin,
  saveTemplate,
  startCheckin,
} from './checkins'
import { replaceWorkspaceData } from './snapshot'

let counter = 0
async function openStarter() {
  const db = openWorkspaceDb(`checkins-test-${counter++}`)
  await replaceWorkspaceData(db, createStarterWorkspaceData())
  return db
}

describe('check-in repository', () => {
  it('carries an open action from one check-in to the next and ticks another off', async () => {
    const db = await openStarter()
    const firstId = await startCheckin(db, {
      personId: 'p1',
      date: '2026-11-02',
      templateId: 'tpl-development',
    })
    // Starting again returns the same draft instead of a second one.
    expect(
      await startCheckin(db, { personId: 'p1', date: '2026-11-02', templateId: 'tpl-general' }),
    ).toBe(firstId)
    const first = (await db.checkins.get(firstId))!
    const action = (id: string, text: string) => ({
      id,
      checkinId: firstId,
      personId: 'p1',
      text,
      owner: 'employee' as const,
      dueDate: '2026-11-09',
      isDone: false,
      doneDate: null,
      carriedFromId: null,
    })
    await saveCheckin(db, {
      checkin: { ...first, status: 'done', sharedNotes: 'First talk' },
      actions: [action('a1', 'Book the course'), action('a2', 'Try the new grinder')],
      completedIds: [],
      today: '2026-11-02',
    })

    const secondId = await startCheckin(db, {
      personId: 'p1',
      date: '2026-11-16',
      templateId: 'tpl-development',
    })
    expect(secondId).not.toBe(firstId)
    const second = (await db.checkins.get(secondId))!
    const toReview = listActionsToReview(
      await db.checkins.toArray(),
      await db.actionItems.toArray(),
      second,
    )
    expect(toReview.map((a) => a.id)).toEqual(['a1', 'a2'])
    const carried = carryAction(toReview[0]!, { checkinId: secondId, id: 'a3' })
    await saveCheckin(db, {
      checkin: { ...second, status: 'done' },
      actions: [carried],
      completedIds: ['a2'],
      today: '2026-11-16',
    })
    const all = await db.actionItems.toArray()
    expect(all.find((a) => a.id === 'a2')).toMatchObject({ isDone: true, doneDate: '2026-11-16' })
    expect(all.find((a) => a.id === 'a3')).toMatchObject({
      checkinId: secondId,
      carriedFromId: 'a1',
    })
    expect(listOpenActions(all, 'p1').map((a) => a.id)).toEqual(['a3'])

    // Deleting the second check-in takes its copy with it, so the original is open again; undo restores.
    const deleted = await deleteCheckin(db, secondId)
    expect(listOpenActions(await db.actionItems.toArray(), 'p1').map((a) => a.id)).toEqual(['a1'])
    await restoreCheckin(db, deleted!)
    expect(listOpenActions(await db.actionItems.toArray(), 'p1').map((a) => a.id)).toEqual(['a3'])
    db.close()
  })

  it('removes action items dropped from a check-in when it is saved again', async () => {
    const db = await openStarter()
    const id = await startCheckin(db, {
      personId: 'p1',
      date: '2026-11-02',
      templateId: 'tpl-general',
    })
    const checkin = (await db.checkins.get(id))!
    const item = {
      id: 'x',
      checkinId: id,
      personId: 'p1',
      text: 'Something',
      owner: 'manager' as const,
      dueDate: null,
      isDone: false,
      doneDate: null,
      carriedFromId: null,
    }
    await saveCheckin(db, { checkin, actions: [item], completedIds: [], today: '2026-11-02' })
    await saveCheckin(db, { checkin, actions: [], completedIds: [], today: '2026-11-02' })
    expect(await db.actionItems.count()).toBe(0)
    await expect(
      saveCheckin(db, {
        checkin: { ...checkin, mood: 9 },
        actions: [],
        completedIds: [],
        today: '2026-11-02',
      }),
    ).rejects.toThrow(/mood/)
    db.close()
  })

  it('keeps built-in and used templates, and refuses a duplicate name', async () => {
    const db = await openStarter()
    await expect(deleteTemplate(db, 'tpl-general')).rejects.toThrow(/Built-in/)
    const custom = await saveTemplate(db, {
      id: 'tpl-mine',
      name: 'Quarterly look back',
      kind: 'custom',
      isBuiltIn: false,
      sections: [{ id: 's1', prompt: 'What are you proud of?', help: '' }],
    })
    await expect(saveTemplate(db, { ...custom, id: 'other', name: 'general 1:1' })).rejects.toThrow(
      /already/,
    )
    await startCheckin(db, { personId: 'p1', date: '2026-11-02', templateId: 'tpl-mine' })
    await expect(deleteTemplate(db, 'tpl-mine')).rejects.toThrow(/1 check-in uses/)
    db.close()
  })
})
