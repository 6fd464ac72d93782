import { TrendingUp } from 'lucide-react'
import { useState } from 'react'
import { readinessLabels, type ReadinessBand } from '../../../../shared/domain/careers'
import { DataTable } from '../../ui/DataTable'
import { EmptyState } from '../../ui/EmptyState'
import { SelectField } from '../../ui/form'
import { PersonLink } from './person-link'
import { BandBadge, ReadinessMeter } from './ReadinessMeter'
import type { CareerView } from './use-career-data'

const bandOrder: Record<ReadinessBand, number> = { now: 0, year: 1, later: 2, unknown: 3 }

/** Everyone with a next role on a path: how much of it they meet, and what is left. */
export function ReadinessPanel(props: { view: CareerView }) {
  const { view } = props
  const [band, setBand] = useState('')
  if (view.data.careerPaths.length === 0) {
    return (
      <EmptyState icon={TrendingUp} title="No career paths yet">
        <p>
          Add a path under Paths (for example Barista, then Shift lead, then Store manager) and
          Trellis shows how ready each person is for their next step.
        </p>
      </EmptyState>
    )
  }
  const people = new Map(view.data.people.map((p) => [p.id, p]))
  const rows = view.overview.readiness
    .filter((entry) => band === '' || entry.band === band)
    .sort(
      (a, b) =>
        bandOrder[a.band] - bandOrder[b.band] ||
        (b.share ?? 0) - (a.share ?? 0) ||
        (people.get(a.personId)?.displayName ?? '').localeCompare(
          people.get(b.personId)?.displayName ?? '',
        ),
    )
  return (
    <section className="card" aria-labelledby="readiness-title">
      <h2 id="readiness-title">Next-role readiness</h2>
      <div className="toolbar">
        <SelectField
          id="readiness-band"
          label="Show"
          value={band}
          onChange={setBand}
          placeholder="Everyone"
          options={(['now', 'year', 'later'] as const).map((value) => ({
            value,
            label: readinessLabels[value],
          }))}
        />
      </div>
      <p className="muted">
        Ready now: at least 90% of the next role's requirements met, no gap over one level. Within a
        year: from 60%.
      </p>
      <DataTable
        columns={[
          'Person',
          'Now',
          'Next role',
          'Requirements met',
          'Readiness',
          'Gaps that remain',
        ]}
      >
        {rows.map((entry) => {
          const person = people.get(entry.personId)!
          return (
            <tr key={entry.personId}>
              <td>
                <PersonLink id={person.id} name={person.displayName} />
              </td>
              <td>{person.roleId ? view.names.role(person.roleId) : ''}</td>
              <td>{view.names.role(entry.roleId)}</td>
              <td>
                <ReadinessMeter readiness={entry} />
              </td>
              <td>
                <BandBadge readiness={entry} />
              </td>
              <td>
                {entry.gaps.length === 0
                  ? 'None'
                  : entry.gaps
                      .slice(0, 3)
                      .map(
                        (gap) =>
                          `${view.names.skill(gap.skillId)} (${gap.current ?? '–'}/${gap.required})`,
                      )
                      .join(', ') +
                    (entry.gaps.length > 3 ? ` and ${entry.gaps.length - 3} more` : '')}
              </td>
            </tr>
          )
        })}
      </DataTable>
      {rows.length === 0 ? <p className="muted">Nobody in this band.</p> : null}
    </section>
  )
}
