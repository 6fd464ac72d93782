import { buildShownAgenda } from '../../../../shared/domain/agenda'
import { useWorkspaceStore } from '../../app/workspace-store'
import { loadAgendaData } from '../../db/repositories/agenda'
import { desktop } from '../../platform'
import { describeError, todayIso } from '../../ui/format'
import { notify } from '../../ui/toast-store'

/**
 * Writes the agenda and the recurring check-ins as an .ics file where the user chooses. The
 * calendar library loads only now, the first time a calendar is exported.
 */
export async function exportAgendaCalendar(): Promise<void> {
  try {
    const current = useWorkspaceStore.getState().current
    if (!current) return
    const { db, info } = current
    const today = todayIso()
    const [{ buildAgendaCalendar, listRecurringCheckins }, loaded] = await Promise.all([
      import('../../../../shared/domain/agenda/calendar'),
      loadAgendaData(db),
    ])
    const { items } = buildShownAgenda(loaded.input, loaded.marks, today)
    const text = buildAgendaCalendar({
      items: items.filter((item) => item.kind !== 'checkin'),
      recurringCheckins: listRecurringCheckins(loaded.input, today),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
      now: new Date(),
    })
    const result = await desktop.saveCalendar({
      title: 'Export the agenda to a calendar',
      suggestedName: `${info.name.replace(/[/\\:*?"<>|]/g, '-')} agenda.ics`,
      text,
    })
    if (result.status === 'saved') {
      notify('success', `Saved ${result.fileName}: open it with your calendar to add the dates.`)
    }
  } catch (error) {
    notify('error', `The calendar was not exported: ${describeError(error)}`)
  }
}
