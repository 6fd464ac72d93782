import { useEffect } from 'react'
import {
  buildShownAgenda,
  composeAgendaNotification,
  listDueNotifications,
  recordNotified,
  type NotificationLog,
} from '../../../../shared/domain/agenda'
import { useWorkspaceStore } from '../../app/workspace-store'
import { loadAgendaData } from '../../db/repositories/agenda'
import { desktop } from '../../platform'
import { todayIso } from '../../ui/format'

const checkEveryMs = 15 * 60 * 1000
const firstCheckAfterMs = 5000
const storageKey = (workspaceId: string) => `trellis:agenda-notified:${workspaceId}`

/** This computer's log of today's notifications for a workspace; a damaged one reads as none. */
function readLog(workspaceId: string): NotificationLog | null {
  try {
    const value = JSON.parse(localStorage.getItem(storageKey(workspaceId)) ?? 'null') as unknown
    if (value && typeof value === 'object' && 'date' in value && 'ids' in value) {
      const { date, ids } = value as { date: unknown; ids: unknown }
      if (typeof date === 'string' && Array.isArray(ids)) {
        return { date, ids: ids.filter((id): id is string => typeof id === 'string') }
      }
    }
  } catch {
    // A damaged entry only means an item may notify twice today.
  }
  return null
}

/**
 * While a workspace is open: one desktop notification for the agenda items that became due,
 * each item at most once a day (kept in this computer's log, not in the workspace), when
 * notifications are on.
 */
export function useAgendaNotifications(): void {
  const current = useWorkspaceStore((state) => state.current)
  useEffect(() => {
    if (!current) return
    const { db, info } = current
    let isStopped = false
    const check = async (): Promise<void> => {
      const today = todayIso()
      const loaded = await loadAgendaData(db)
      if (isStopped || !loaded.isNotificationsEnabled) return
      const { items } = buildShownAgenda(loaded.input, loaded.marks, today)
      const log = readLog(info.id)
      const due = listDueNotifications(items, loaded.marks, log, today)
      const message = composeAgendaNotification(due)
      if (isStopped || !message) return
      const next = recordNotified(
        log,
        due.map((item) => item.id),
        today,
      )
      localStorage.setItem(storageKey(info.id), JSON.stringify(next))
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
