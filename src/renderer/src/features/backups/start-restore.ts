import { importWorkspaceFromFile } from '../workspaces/workspace-actions'

/**
 * Restores a workspace the user picks. For now it reads a workspace file (.trellis.json) through
 * the workspace import; encrypted backups (#10) replace this with their own restore.
 */
export async function startRestore(): Promise<void> {
  await importWorkspaceFromFile()
}
