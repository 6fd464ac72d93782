import { z } from 'zod'
import { Id, Timestamp } from './common'

export const WorkspaceName = z
  .string()
  .trim()
  .min(1, 'Give the workspace a name')
  .max(80, 'Keep the name under 80 characters')

export const WorkspaceInfo = z.object({
  id: Id,
  name: WorkspaceName,
  kind: z.enum(['standard', 'sample']),
  createdAt: Timestamp,
  openedAt: Timestamp,
})
export type WorkspaceInfo = z.infer<typeof WorkspaceInfo>
