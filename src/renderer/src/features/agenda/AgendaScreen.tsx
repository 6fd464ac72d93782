import './agenda.css'
import { CalendarCheck, CalendarPlus } from 'lucide-react'
import { useState } from 'react'
import { agendaKinds, type AgendaItem, type AgendaKind } from '../../../../shared/domain/agenda'
import { addDays } from '../../../../shared/domain/dates/iso-date'
import { EmptyState } from '../../ui/EmptyState'
import { SelectField } from '../../ui/form'
import { PageHeader } from '../../ui/PageHeader'
import { AgendaRow } from './AgendaRow'
import { exportAgendaCalendar } from './export-calendar'
import { useAgenda } from './use-agenda'

export const agendaKindLabels: Record<AgendaKind, string> = {
  checkin: 'Check-ins',
  action: 'Actions from check-ins',
  'goal-update': 'Goal updates',
  'quarter-review': 'Quarterly reviews',
  'review-deadline': 'Review deadlines',
  request: 'Employee requests',
  'training-results': 'Training results',
  certification: 'Certifications',
}

function groupItems(items: AgendaItem[], today: string) {
  const weekEnd = addDays(today, 7)
  return [
    { id: 'overdue', title: 'Overdue', items: items.filter((i) => i.isOverdue) },
    // A certificate's early warning is dated before today but is not overdue: it shows as today's.
    { id: 'today', title: 'Today', items: items.filter((i) => !i.isOverdue && i.date <= today) },
    {
      id: 'week',
      title: 'This week',
      items: items.filter((i) => i.date > today && i.date <= weekEnd),
    },
    { id: 'later', title: 'Later this month', items: items.filter((i) => i.date > weekEnd) },
  ].filter((group) => group.items.length > 0)
}

/** Everything due or overdue, in date order, each with why and a way to act on it. */
export function AgendaScreen() {
  const agenda = useAgenda()
  const [kind, setKind] = useState('')
  const [isExporting, setIsExporting] = useState(false)
  const items = agenda?.items.filter((item) => kind === '' || item.kind === kind) ?? []
  const exportCalendar = () => {
    setIsExporting(true)
    void exportAgendaCalendar().finally(() => setIsExporting(false))
  }
  return (
    <div className="page" aria-busy={!agenda} data-ready={agenda ? 'true' : undefined}>
      <PageHeader
        title="Agenda"
        description="What is due or overdue, oldest first, and why: check-ins, actions, goals, reviews, training results, certificates and requests."
        actions={
          <button type="button" className="button" onClick={exportCalendar} disabled={isExporting}>
            <CalendarPlus size={16} aria-hidden />{' '}
            {isExporting ? 'Exporting…' : 'Export to calendar…'}
          </button>
        }
      />
      {!agenda ? null : (
        <>
          <div className="toolbar">
            <SelectField
              id="agenda-kind"
              label="Show"
              value={kind}
              onChange={setKind}
              placeholder="Everything"
              options={agendaKinds.map((value) => ({ value, label: agendaKindLabels[value] }))}
            />
            <span className="toolbar-spacer" />
            <span className="muted" role="status">
              {agenda.items.length} {agenda.items.length === 1 ? 'item' : 'items'}
              {agenda.hidden > 0 ? `, ${agenda.hidden} done or snoozed` : ''}
            </span>
          </div>
          {items.length === 0 ? (
            <EmptyState icon={CalendarCheck} title="Nothing due">
              <p>
                {kind === ''
                  ? 'Nothing is due or overdue in the next 30 days. Check-ins, actions, goal updates and certificates appear here as their dates come.'
                  : `No ${agendaKindLabels[kind as AgendaKind].toLowerCase()} are due.`}
              </p>
            </EmptyState>
          ) : (
            groupItems(items, agenda.today).map((group) => (
              <section
                key={group.id}
                className="card agenda-group"
                aria-labelledby={`agenda-${group.id}`}
              >
                <h2 id={`agenda-${group.id}`}>
                  {group.title} <span className="badge">{group.items.length}</span>
                </h2>
                <ul className="agenda-list">
                  {group.items.map((item) => (
                    <AgendaRow key={item.id} item={item} today={agenda.today} />
                  ))}
                </ul>
              </section>
            ))
          )}
        </>
      )}
    </div>
  )
}
