import './agenda.css'
import { AgendaRow } from './AgendaRow'
import { useAgenda } from './use-agenda'

const shown = 5

/** The dashboard's first card: the next few agenda items, with the way to the whole agenda. */
export function AgendaCard() {
  const agenda = useAgenda()
  if (!agenda) return null
  const overdue = agenda.items.filter((item) => item.isOverdue).length
  return (
    <section className="card agenda-card" aria-labelledby="agenda-card-title">
      <div className="card-header">
        <h2 id="agenda-card-title">Agenda</h2>
        <a href="#/agenda">
          Open the agenda ({agenda.items.length}
          {overdue > 0 ? `, ${overdue} overdue` : ''})
        </a>
      </div>
      {agenda.items.length === 0 ? (
        <p className="muted">Nothing due in the next 30 days.</p>
      ) : (
        <ul className="agenda-list">
          {agenda.items.slice(0, shown).map((item) => (
            <AgendaRow key={item.id} item={item} today={agenda.today} isCompact />
          ))}
        </ul>
      )}
    </section>
  )
}
