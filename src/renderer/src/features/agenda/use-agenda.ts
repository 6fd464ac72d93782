import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { buildShownAgenda, type AgendaItem } from '../../../../shared/domain/agenda'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { loadAgendaData } from '../../db/repositories/agenda'
import { todayIso } from '../../ui/format'

/** The agenda as it stands today, with done and snoozed items hidden; undefined while loading. */
export function useAgenda(): { items: AgendaItem[]; hidden: number; today: string } | undefined {
  const { db } = useCurrentWorkspace()
  const loaded = useLiveQuery(() => loadAgendaData(db), [db])
  const today = todayIso()
  return useMemo(() => {
    if (!loaded) return undefined
    return { ...buildShownAgenda(loaded.input, loaded.marks, today), today }
  }, [loaded, today])
}
