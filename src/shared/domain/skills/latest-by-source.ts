import type { Assessment } from '../../model'
import { isLaterAssessment } from './current-levels'

/**
 * The latest assessment of each person, skill and source. Every "current level" the matrix can
 * show (latest manager, latest of any source, self beside manager) is among these, so a matrix
 * built from them equals one built from the whole history; trends and coverage over time still
 * need the history.
 */
export function keepLatestBySource(assessments: readonly Assessment[]): Assessment[] {
  const latest = new Map<string, Assessment>()
  for (const assessment of assessments) {
    const key = `${assessment.personId}\u0000${assessment.skillId}\u0000${assessment.source}`
    const shown = latest.get(key)
    if (shown === undefined || isLaterAssessment(assessment, shown)) latest.set(key, assessment)
  }
  return [...latest.values()]
}
