import { WorkspaceName } from '../../model/workspace'

/** Why a workspace cannot take this name, on the name field, or null. */
export function findWorkspaceNameProblem(name: string): { field: 'name'; text: string } | null {
  const result = WorkspaceName.safeParse(name)
  if (result.success) return null
  return { field: 'name', text: result.error.issues[0]?.message ?? 'Check the name.' }
}
