import { useLiveQuery } from 'dexie-react-hooks'
import type { WorkspaceSettings } from '../../../shared/model'
import { readWorkspaceSettings } from '../db/repositories/settings'
import { useCurrentWorkspace } from './workspace-store'

/** The open workspace's settings, live: undefined while loading. */
export function useWorkspaceSettings(): WorkspaceSettings | undefined {
  const { db } = useCurrentWorkspace()
  return useLiveQuery(() => readWorkspaceSettings(db), [db])
}
