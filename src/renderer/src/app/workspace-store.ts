import { create } from 'zustand'
import type { WorkspaceInfo } from '../../../shared/model'
import { workspaceRepository } from '../db'
import { warmUpCaches } from '../db/warm-up'
import { openWorkspaceDb, type WorkspaceDb } from '../db/workspace-db'

type OpenWorkspace = { info: WorkspaceInfo; db: WorkspaceDb }

type WorkspaceState = {
  status: 'starting' | 'open' | 'none'
  current: OpenWorkspace | null
  start(): Promise<void>
  open(info: WorkspaceInfo): Promise<void>
  close(): void
}

/** Which workspace is open: session state only; the data itself lives in the workspace's database. */
export const useWorkspaceStore = create<WorkspaceState>((set, get) => ({
  status: 'starting',
  current: null,
  async start() {
    const info = await workspaceRepository.findStartWorkspace()
    if (info) await get().open(info)
    else set({ status: 'none', current: null })
  },
  async open(info) {
    const previous = get().current
    const db = openWorkspaceDb(info.id)
    await db.open()
    await workspaceRepository.markOpened(info.id)
    set({ status: 'open', current: { info, db } })
    if (previous && previous.db !== db) previous.db.close()
    warmUpCaches(db)
  },
  close() {
    get().current?.db.close()
    set({ status: 'none', current: null })
  },
}))

export function useCurrentWorkspace(): OpenWorkspace {
  const current = useWorkspaceStore((state) => state.current)
  if (!current) throw new Error('No workspace is open.')
  return current
}
