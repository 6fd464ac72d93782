import { useEffect } from 'react'
import {
  buildShownAgenda,
  composeAgendaNotification,
  listDueNotifications,
} from '../../../../shared/domain/agenda'
import { useWorkspaceStore } from '../../app/workspace-store'
import { loadAgendaData, recordAgendaNotified } from '../../db/repositories/agenda'
import { desktop } from '../../platform'
import { todayIso } from '../../ui/format'

const checkEveryMs = 15 * 60 * 1000
const firstCheckAfterMs = 5000

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
      const { items } = buildShownAgenda(loaded.input, loaded.marks, today)
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
    // The first check waits until the first screen is drawn: it reads every table the agenda
    // needs, which would otherwise compete with the dashboard for the same reads.
    const first = window.setTimeout(run, firstCheckAfterMs)
    const timer = window.setInterval(run, checkEveryMs)
    return () => {
      isStopped = true
      window.clearTimeout(first)
      window.clearInterval(timer)
    }
  }, [current])
}
