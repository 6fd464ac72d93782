import { useLiveQuery } from 'dexie-react-hooks'
import { readReviewData, type ReviewData } from '../db/repositories/review-data'
import { useCurrentWorkspace } from './workspace-store'

/** Everything reviews and packets read, live: undefined while loading. */
export function useReviewData(): ReviewData | undefined {
  const { db } = useCurrentWorkspace()
  return useLiveQuery(() => readReviewData(db), [db])
}
