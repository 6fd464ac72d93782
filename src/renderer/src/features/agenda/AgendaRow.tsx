import { Check, ChevronRight } from 'lucide-react'
import type { AgendaItem } from '../../../../shared/domain/agenda'
import { addDays, daysBetween } from '../../../../shared/domain/dates/iso-date'
import { writeWithUndo } from '../../app/undo'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { markAgendaItemDone, snoozeAgendaItem } from '../../db/repositories/agenda'
import { describeError, formatDate } from '../../ui/format'
import { IconButton } from '../../ui/IconButton'
import { notify } from '../../ui/toast-store'

const snoozeChoices = [
  { days: 1, label: 'Until tomorrow' },
  { days: 7, label: 'For a week' },
  { days: 30, label: 'For a month' },
]

/** When an item is due, in words: "3 days overdue", "Today", "In 4 days". */
export function describeDue(item: AgendaItem, today: string): string {
  const days = daysBetween(today, item.date)
  // A certificate's early warning falls due before the expiry itself, which is not yet overdue.
  if (days < 0 && !item.isOverdue) return 'Due now'
  if (days < 0) return `${-days} ${days === -1 ? 'day' : 'days'} overdue`
  if (days === 0) return 'Today'
  if (days === 1) return 'Tomorrow'
  return `In ${days} days`
}

/** One item: when, what and why, the button that does it, and Done or Snooze. */
export function AgendaRow(props: { item: AgendaItem; today: string; isCompact?: boolean }) {
  const { item, today } = props
  const { db } = useCurrentWorkspace()
  const run = (write: () => Promise<void>, text: string) =>
    void writeWithUndo(db, write, text).catch((error: unknown) =>
      notify('error', describeError(error)),
    )
  return (
    <li className="agenda-row" data-overdue={item.isOverdue ? 'true' : undefined}>
      <div className="agenda-when">
        <span className={item.isOverdue ? 'agenda-due is-overdue' : 'agenda-due'}>
          {describeDue(item, today)}
        </span>
        <span className="muted">{formatDate(item.date)}</span>
      </div>
      <div className="agenda-what">
        <span className="agenda-title">{item.title}</span>
        <span className="agenda-why">{item.why}</span>
      </div>
      <div className="agenda-actions">
        <a className="button" href={`#${item.action.route}`}>
          {item.action.label} <ChevronRight size={16} aria-hidden />
        </a>
        <IconButton
          icon={Check}
          label={`Mark “${item.title}” done`}
          onClick={() => run(() => markAgendaItemDone(db, item.id, today), `Done: ${item.title}.`)}
        />
        {props.isCompact ? null : (
          <select
            aria-label={`Snooze “${item.title}”`}
            value=""
            onChange={(event) => {
              const days = Number(event.target.value)
              if (!days) return
              const until = addDays(today, days - 1)
              run(
                () => snoozeAgendaItem(db, item.id, until),
                `Snoozed until ${formatDate(addDays(until, 1))}: ${item.title}.`,
              )
            }}
          >
            <option value="">Snooze…</option>
            {snoozeChoices.map((choice) => (
              <option key={choice.days} value={choice.days}>
                {choice.label}
              </option>
            ))}
          </select>
        )}
      </div>
    </li>
  )
}
