import { Award } from 'lucide-react'
import { useState } from 'react'
import { findHeldCertification, readCertificationState } from '../../../../shared/domain/careers'
import { DataTable } from '../../ui/DataTable'
import { EmptyState } from '../../ui/EmptyState'
import { SelectField } from '../../ui/form'
import { formatDate, todayIso } from '../../ui/format'
import { PersonLink } from './person-link'
import type { CareerView } from './use-career-data'

/** Every certification with its expiry, and the people whose role needs one they lack. */
export function CertificationsPanel(props: { view: CareerView }) {
  const { view } = props
  const [show, setShow] = useState('')
  const today = todayIso()
  const people = new Map(view.data.people.map((p) => [p.id, p]))
  const rows = view.data.certifications
    .filter((c) => people.get(c.personId)?.status === 'active')
    .map((c) => ({ certification: c, status: readCertificationState(c, today) }))
    .filter(
      (row) =>
        show === '' ||
        (show === 'attention' && (row.status.state === 'soon' || row.status.state === 'expired')),
    )
    .sort((a, b) =>
      (a.certification.expiresOn ?? '9999').localeCompare(b.certification.expiresOn ?? '9999'),
    )
  const missing = listMissingCertifications(view, today)
  if (view.data.certifications.length === 0 && missing.length === 0) {
    return (
      <EmptyState icon={Award} title="No certifications recorded">
        <p>Add them on a person's Career tab; Trellis warns 60 and 30 days before one expires.</p>
      </EmptyState>
    )
  }
  return (
    <div className="stack">
      {missing.length > 0 ? (
        <section className="card" aria-labelledby="missing-certifications-title">
          <h2 id="missing-certifications-title">Required but not valid</h2>
          <p className="muted">
            Their role needs the certification for a skill, and theirs is missing or expired.
          </p>
          <DataTable columns={['Person', 'Needs', 'For', 'Holds']}>
            {missing.map((row) => (
              <tr key={`${row.personId}-${row.name}`}>
                <td>
                  <PersonLink id={row.personId} name={people.get(row.personId)!.displayName} />
                </td>
                <td>{row.name}</td>
                <td>{view.names.skill(row.skillId)}</td>
                <td>{row.held ? `Expired ${formatDate(row.held)}` : 'None recorded'}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      ) : null}
      <section className="card" aria-labelledby="all-certifications-title">
        <h2 id="all-certifications-title">Certifications</h2>
        <div className="toolbar">
          <SelectField
            id="certifications-show"
            label="Show"
            value={show}
            onChange={setShow}
            placeholder="All"
            options={[{ value: 'attention', label: 'Expired or expiring within 60 days' }]}
          />
        </div>
        <DataTable columns={['Person', 'Certification', 'Issued by', 'Expires', 'Status']}>
          {rows.map(({ certification, status }) => (
            <tr key={certification.id}>
              <td>
                <PersonLink
                  id={certification.personId}
                  name={people.get(certification.personId)!.displayName}
                />
              </td>
              <td>{certification.name}</td>
              <td>{certification.issuer}</td>
              <td>{certification.expiresOn ? formatDate(certification.expiresOn) : 'Never'}</td>
              <td>
                <span
                  className={
                    status.state === 'expired' || status.state === 'soon'
                      ? 'badge badge-warning'
                      : 'badge'
                  }
                >
                  {status.text}
                </span>
              </td>
            </tr>
          ))}
        </DataTable>
      </section>
    </div>
  )
}

function listMissingCertifications(view: CareerView, today: string) {
  const rows: { personId: string; name: string; skillId: string; held: string | null }[] = []
  for (const requirement of view.data.roleRequirements) {
    if (!requirement.certification) continue
    for (const person of view.data.people) {
      if (person.status !== 'active' || person.roleId !== requirement.roleId) continue
      const held = findHeldCertification(
        view.data.certifications,
        person.id,
        requirement.certification,
      )
      if (held && (held.expiresOn === null || held.expiresOn >= today)) continue
      rows.push({
        personId: person.id,
        name: requirement.certification,
        skillId: requirement.skillId,
        held: held?.expiresOn ?? null,
      })
    }
  }
  return rows
}
