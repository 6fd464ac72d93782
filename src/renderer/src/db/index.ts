import { openMetaDb } from './meta-db'
import { createWorkspaceRepository } from './repositories/workspaces'

export const metaDb = openMetaDb()
export const workspaceRepository = createWorkspaceRepository(metaDb)
