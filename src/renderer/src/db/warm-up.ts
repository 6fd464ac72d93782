import { prepareLatestAssessments } from './repositories/latest-assessments'
import type { WorkspaceDb } from './workspace-db'

/**
 * Prepares the derived caches of a workspace that was just opened, when the page is idle, so
 * the first visit to the matrix does not wait for the whole assessment history. Best effort: a
 * failure here (the workspace closed meanwhile) is retried by the screen that needs the cache.
 */
export function warmUpCaches(db: WorkspaceDb): void {
  const run = () => {
    if (!db.isOpen()) return
    prepareLatestAssessments(db).catch(() => undefined)
  }
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2_000 })
  else setTimeout(run, 0)
}
