import { useEffect } from 'react'
import {
  applyMarks,
  buildAgenda,
  composeAgendaNotification,
  listDueNotifications,
} from '../../../../shared/domain/agenda'
import { useWorkspaceStore } from '../../app/workspace-store'
import { loadAgendaData, recordAgendaNotified } from '../../db/repositories/agenda'
import { desktop } from '../../platform'
import { todayIso } from '../../ui/format'

const checkEveryMs = 15 * 60 * 1000

/**
 * While a workspace is open: one desktop notification for the agenda items that became due,
 * each item at most once a day (the day is kept in its agenda mark), when notifications are on.
 */
export function useAgendaNotifications(): void {
  const current = useWorkspaceStore((state) => state.current)
  useEffect(() => {
    if (!current) return
    const { db } = current
    let isStopped = false
    const check = async (): Promise<void> => {
      const today = todayIso()
      const loaded = await loadAgendaData(db)
      if (isStopped || !loaded.isNotificationsEnabled) return
      const items = applyMarks(buildAgenda(loaded.input, today), loaded.marks, today)
      const due = listDueNotifications(items, loaded.marks, today)
      const message = composeAgendaNotification(due)
      if (isStopped || !message) return
      await recordAgendaNotified(
        db,
        due.map((item) => item.id),
        today,
      )
      await desktop.showNotification(message)
    }
    const run = () => void check().catch(() => undefined)
    run()
    const timer = window.setInterval(run, checkEveryMs)
    return () => {
      isStopped = true
      window.clearInterval(timer)
    }
  }, [current])
}
