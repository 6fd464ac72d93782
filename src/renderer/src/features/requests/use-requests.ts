import { useLiveQuery } from 'dexie-react-hooks'
import { readRequestsData, type RequestsData } from '../../db/repositories/requests'
import { useCurrentWorkspace } from '../../app/workspace-store'

/** The requests, their responses and what the form reads, live: undefined while loading. */
export function useRequestsData(): RequestsData | undefined {
  const { db } = useCurrentWorkspace()
  return useLiveQuery(() => readRequestsData(db), [db])
}
