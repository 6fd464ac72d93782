import { useLiveQuery } from 'dexie-react-hooks'
import type { Material } from '../../../../shared/model'
import { listMaterials } from '../../db/repositories/materials'
import type { WorkspaceDb } from '../../db/workspace-db'

/** An initiative's materials, live; undefined while the first read runs. */
export function useMaterials(db: WorkspaceDb, ownerId: string): Material[] | undefined {
  return useLiveQuery(() => listMaterials(db, ownerId), [db, ownerId])
}
