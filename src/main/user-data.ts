import { join } from 'node:path'

/**
 * The user-data folder is pinned to a fixed name so that renaming the product (and so its
 * default folder) can never strand a user's data. Tests point it elsewhere with TRELLIS_USER_DATA.
 */
export function resolveUserDataPath(appDataPath: string, env: NodeJS.ProcessEnv): string {
  return env.TRELLIS_USER_DATA || join(appDataPath, 'Trellis')
}
