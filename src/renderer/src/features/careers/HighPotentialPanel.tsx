import { Sparkles } from 'lucide-react'
import { DataTable } from '../../ui/DataTable'
import { EmptyState } from '../../ui/EmptyState'
import { PersonLink } from './person-link'
import type { CareerView } from './use-career-data'

/** High potentials from the 9-box and next-role readiness, each with the reasons. */
export function HighPotentialPanel(props: { view: CareerView }) {
  const { view } = props
  const people = new Map(view.data.people.map((p) => [p.id, p]))
  const rows = view.overview.highPotentials
  if (rows.length === 0) {
    return (
      <EmptyState icon={Sparkles} title="No high potentials yet">
        <p>
          People appear here when their latest review rates their potential high, or when they
          perform in the top band and are ready now for their next role.
        </p>
      </EmptyState>
    )
  }
  return (
    <section className="card" aria-labelledby="potential-title">
      <h2 id="potential-title">High potential</h2>
      <p className="muted">
        From the 9-box of the latest review and readiness for the next role. A list to talk about,
        not a verdict.
      </p>
      <DataTable columns={['Person', 'Role', 'Why']}>
        {rows.map((entry) => {
          const person = people.get(entry.personId)!
          return (
            <tr key={entry.personId}>
              <td>
                <PersonLink id={person.id} name={person.displayName} />
              </td>
              <td>{person.roleId ? view.names.role(person.roleId) : ''}</td>
              <td>{entry.reasons.join('; ')}</td>
            </tr>
          )
        })}
      </DataTable>
    </section>
  )
}
