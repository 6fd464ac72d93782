import { useEffect } from 'react'
import { listDueCheckins } from '../../../../shared/domain/checkins/cadence'
import {
  composeReminder,
  selectReminders,
  type ReminderLog,
} from '../../../../shared/domain/checkins/reminders'
import { useWorkspaceStore } from '../../app/workspace-store'
import { desktop } from '../../platform'
import { listActivePeople } from '../../db/repositories/people'
import { readWorkspaceSettings } from '../../db/repositories/settings'
import { todayIso } from '../../ui/format'

const checkEveryMs = 15 * 60 * 1000
const storageKey = (workspaceId: string) => `trellis:checkin-reminders:${workspaceId}`

function readLog(workspaceId: string): ReminderLog | null {
  try {
    const value = JSON.parse(localStorage.getItem(storageKey(workspaceId)) ?? 'null') as unknown
    if (value && typeof value === 'object' && 'date' in value && 'personIds' in value)
      return value as ReminderLog
  } catch {
    // A damaged entry only means reminders may repeat once today.
  }
  return null
}

/** While a workspace is open, a due check-in raises one desktop notification per person per day. */
export function useCheckinReminders(): void {
  const current = useWorkspaceStore((state) => state.current)
  useEffect(() => {
    if (!current) return
    const { db, info } = current
    let isStopped = false
    const check = async (): Promise<void> => {
      const settings = await readWorkspaceSettings(db)
      if (isStopped || !settings.isNotificationsEnabled) return
      const today = todayIso()
      const [people, checkins] = await Promise.all([listActivePeople(db), db.checkins.toArray()])
      const due = listDueCheckins({
        people,
        checkins,
        defaultCadence: settings.defaultCadence,
        today,
      })
      const { personIds, log } = selectReminders(due, readLog(info.id), today)
      const names = new Map(people.map((p) => [p.id, p.displayName]))
      const message = composeReminder(personIds.map((id) => names.get(id) ?? 'someone'))
      if (isStopped || !message) return
      localStorage.setItem(storageKey(info.id), JSON.stringify(log))
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
