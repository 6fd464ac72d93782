import Dexie from 'dexie'
import { WorkspaceName, type WorkspaceData, type WorkspaceInfo } from '../../../../shared/model'
import type { MetaDb } from '../meta-db'
import { openWorkspaceDb, workspaceDbName } from '../workspace-db'
import { replaceWorkspaceData } from './snapshot'

export type Clock = () => Date

const lastOpenedKey = 'lastOpenedWorkspaceId'

export function createWorkspaceRepository(meta: MetaDb, clock: Clock = () => new Date()) {
  async function list(): Promise<WorkspaceInfo[]> {
    const all = await meta.workspaces.toArray()
    return all.sort((a, b) => a.name.localeCompare(b.name))
  }

  async function create(options: {
    name: string
    kind: WorkspaceInfo['kind']
    data: WorkspaceData
  }): Promise<WorkspaceInfo> {
    const name = WorkspaceName.parse(options.name)
    const now = clock().toISOString()
    const info: WorkspaceInfo = {
      id: crypto.randomUUID(),
      name,
      kind: options.kind,
      createdAt: now,
      openedAt: now,
    }
    const db = openWorkspaceDb(info.id)
    try {
      await replaceWorkspaceData(db, options.data)
    } catch (error) {
      db.close()
      await Dexie.delete(workspaceDbName(info.id))
      throw error
    }
    db.close()
    // The registry entry comes last, so a failed creation never shows up in the list.
    await meta.workspaces.add(info)
    return info
  }

  /**
   * Lists a workspace whose database was written elsewhere (a worker reading a file), once it is
   * complete: the registry entry still comes last.
   */
  async function adopt(options: {
    id: string
    name: string
    kind: WorkspaceInfo['kind']
  }): Promise<WorkspaceInfo> {
    const now = clock().toISOString()
    const info: WorkspaceInfo = {
      id: options.id,
      name: WorkspaceName.parse(options.name),
      kind: options.kind,
      createdAt: now,
      openedAt: now,
    }
    await meta.workspaces.add(info)
    return info
  }

  async function rename(id: string, newName: string): Promise<void> {
    const name = WorkspaceName.parse(newName)
    const changed = await meta.workspaces.update(id, { name })
    if (!changed) throw new Error('That workspace no longer exists.')
  }

  async function remove(id: string): Promise<void> {
    await meta.transaction('rw', meta.workspaces, meta.preferences, async () => {
      await meta.workspaces.delete(id)
      const lastOpened = await meta.preferences.get(lastOpenedKey)
      if (lastOpened?.value === id) await meta.preferences.delete(lastOpenedKey)
    })
    await Dexie.delete(workspaceDbName(id))
  }

  async function markOpened(id: string): Promise<void> {
    await meta.transaction('rw', meta.workspaces, meta.preferences, async () => {
      await meta.workspaces.update(id, { openedAt: clock().toISOString() })
      await meta.preferences.put({ key: lastOpenedKey, value: id })
    })
  }

  /** The workspace to open at start: the last one opened, else the most recently created. */
  async function findStartWorkspace(): Promise<WorkspaceInfo | undefined> {
    const lastOpened = await meta.preferences.get(lastOpenedKey)
    if (typeof lastOpened?.value === 'string') {
      const info = await meta.workspaces.get(lastOpened.value)
      if (info) return info
    }
    return (await meta.workspaces.orderBy('openedAt').reverse().first()) ?? undefined
  }

  return { list, create, adopt, rename, remove, markOpened, findStartWorkspace }
}

export type WorkspaceRepository = ReturnType<typeof createWorkspaceRepository>
