import './careers.css'
import { Award, ExternalLink, Pencil, Plus, TrendingUp, Trash2, Users } from 'lucide-react'
import { useState } from 'react'
import {
  buildCareerTimeline,
  computeReadiness,
  findNextRole,
  readCertificationState,
  suggestMentors,
  type ReadinessGap,
} from '../../../../shared/domain/careers'
import type { Certification, Person } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { desktop } from '../../platform'
import type { WorkspaceDb } from '../../db/workspace-db'
import { addMentoringPair, deleteCertification } from '../../db/repositories/careers'
import { writeWithUndo } from '../../app/undo'
import { DataTable } from '../../ui/DataTable'
import { IconButton } from '../../ui/IconButton'
import { formatDate, describeError, todayIso } from '../../ui/format'
import { notify } from '../../ui/toast-store'
import { CareerChangeDialog } from './CareerChangeDialog'
import { CertificationDialog } from './CertificationDialog'
import { BandBadge, ReadinessMeter } from './ReadinessMeter'
import { useCareerData, type CareerView } from './use-career-data'

/** The person's path as a timeline, their readiness for the next role, and their certifications. */
export function PersonCareerTab(props: { personId: string }) {
  const view = useCareerData()
  const [isChanging, setIsChanging] = useState(false)
  if (!view) return <p className="muted">Loading the career…</p>
  const person = view.data.people.find((p) => p.id === props.personId)
  if (!person) return null
  return (
    <div className="card-grid">
      <section className="card" aria-labelledby="career-path-title">
        <div className="card-header">
          <h2 id="career-path-title">Path so far</h2>
          {person.status === 'active' ? (
            <button type="button" className="button" onClick={() => setIsChanging(true)}>
              <TrendingUp size={16} aria-hidden /> Record a change…
            </button>
          ) : null}
        </div>
        <CareerTimeline person={person} view={view} />
      </section>
      <div className="stack">
        {person.status === 'active' ? <NextRoleCard person={person} view={view} /> : null}
        <CertificationsCard person={person} view={view} />
      </div>
      <CareerChangeDialog
        person={person}
        roles={view.data.roleProfiles}
        teams={view.data.teams}
        people={view.data.people}
        isOpen={isChanging}
        onClose={() => setIsChanging(false)}
      />
    </div>
  )
}

function CareerTimeline(props: { person: Person; view: CareerView }) {
  const { person, view } = props
  const entries = buildCareerTimeline(person, view.data.careerEvents, view.data.leavers, view.names)
  return (
    <ol className="career-timeline" aria-label={`${person.displayName}'s path`}>
      {entries.map((entry) => (
        <li key={entry.id} data-kind={entry.kind}>
          <span className="muted">{entry.date ? formatDate(entry.date) : 'Date unknown'}</span>
          <div>
            <div className="entry-title">
              {entry.title}
              {entry.source ? <span className="badge">{entry.source}</span> : null}
            </div>
            {entry.details.length > 0 ? (
              <ul className="entry-details">
                {entry.details.map((detail, index) => (
                  <li key={index}>{detail}</li>
                ))}
              </ul>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  )
}

function NextRoleCard(props: { person: Person; view: CareerView }) {
  const { person, view } = props
  const nextRoleId = findNextRole(person.roleId, view.data.careerPaths)
  const name = person.givenName || person.displayName
  if (nextRoleId === null) {
    return (
      <section className="card" aria-labelledby="next-role-title">
        <h2 id="next-role-title">Next role</h2>
        <p className="muted">
          {person.roleId
            ? `${view.names.role(person.roleId)} is not below another role on a career path. Add a path under Careers → Paths to see ${name}'s readiness.`
            : `${name} has no role profile yet; give them one to see their next step.`}
        </p>
      </section>
    )
  }
  const readiness = computeReadiness(
    person.id,
    nextRoleId,
    view.overview.requirements,
    view.overview.levels,
  )
  return (
    <section className="card" aria-labelledby="next-role-title">
      <div className="card-header">
        <h2 id="next-role-title">Next role: {view.names.role(nextRoleId)}</h2>
        <BandBadge readiness={readiness} />
      </div>
      <p>
        <ReadinessMeter readiness={readiness} /> {readiness.met} of {readiness.total} requirements
        met.
      </p>
      {readiness.gaps.length === 0 ? (
        <p className="muted">Nothing left to close for this role.</p>
      ) : (
        <DataTable columns={['Gap', 'Now', 'Needs', 'Mentor who could help']} className="gap-table">
          {readiness.gaps.map((gap) => (
            <GapRow key={gap.skillId} person={person} gap={gap} view={view} />
          ))}
        </DataTable>
      )}
    </section>
  )
}

function GapRow(props: { person: Person; gap: ReadinessGap; view: CareerView }) {
  const { person, gap, view } = props
  const { db } = useCurrentWorkspace()
  const mentors = suggestMentors({
    personId: person.id,
    skillId: gap.skillId,
    level: gap.required,
    people: view.data.people,
    levels: view.overview.levels,
    mentees: view.overview.mentees,
    maxMentees: view.data.settings.mentorMaxMentees,
  }).slice(0, 3)
  const [picked, setMentorId] = useState(mentors[0]?.person.id ?? '')
  // After a pairing the one picked may be at their limit and leave the list: fall back to the first.
  const mentorId = mentors.some((m) => m.person.id === picked)
    ? picked
    : (mentors[0]?.person.id ?? '')
  const skill = view.names.skill(gap.skillId)
  const pair = () =>
    void addMentoringPair(db, {
      personId: person.id,
      mentorId,
      skillId: gap.skillId,
      today: todayIso(),
    })
      .then((item) => notify('success', `Added “${item.title}” to ${person.displayName}'s plan.`))
      .catch((error: unknown) => notify('error', describeError(error)))
  return (
    <tr>
      <td>{skill}</td>
      <td>{gap.current === null ? <span className="muted">Not assessed</span> : gap.current}</td>
      <td>{gap.required}</td>
      <td>
        {mentors.length > 0 ? (
          <span className="mentor-choice">
            <select
              aria-label={`Mentor for ${skill}`}
              value={mentorId}
              onChange={(event) => setMentorId(event.target.value)}
            >
              {mentors.map((m) => (
                <option key={m.person.id} value={m.person.id}>
                  {m.person.displayName} (level {m.level}
                  {m.mentees > 0 ? `, mentors ${m.mentees}` : ''})
                </option>
              ))}
            </select>
            <IconButton icon={Users} label={`Pair as mentor for ${skill}`} onClick={pair} />
          </span>
        ) : (
          <span className="muted">Nobody free to mentor</span>
        )}
      </td>
    </tr>
  )
}

function CertificationsCard(props: { person: Person; view: CareerView }) {
  const { person, view } = props
  const { db } = useCurrentWorkspace()
  const [editing, setEditing] = useState<Certification | 'new' | null>(null)
  const today = todayIso()
  const own = view.data.certifications
    .filter((c) => c.personId === person.id)
    .sort((a, b) => (a.expiresOn ?? '9999').localeCompare(b.expiresOn ?? '9999'))
  const remove = (certification: Certification) =>
    void writeWithUndo(
      db,
      () => deleteCertification(db, certification.id),
      `Deleted ${certification.name}.`,
    ).catch((error: unknown) => notify('error', describeError(error)))
  return (
    <section className="card" aria-labelledby="certifications-title">
      <div className="card-header">
        <h2 id="certifications-title">Certifications</h2>
        <button type="button" className="button" onClick={() => setEditing('new')}>
          <Plus size={16} aria-hidden /> Add
        </button>
      </div>
      {own.length === 0 ? (
        <p className="muted">
          <Award size={16} aria-hidden /> None recorded. Add food hygiene, first aid or any
          certificate a role needs, with its expiry, and Trellis reminds you before it runs out.
        </p>
      ) : (
        <ul className="plain-list">
          {own.map((certification) => {
            const status = readCertificationState(certification, today)
            return (
              <li key={certification.id} className="certification-row">
                <span>
                  <strong>{certification.name}</strong>
                  {certification.issuer ? (
                    <span className="muted"> · {certification.issuer}</span>
                  ) : null}
                  <br />
                  <span className="muted">
                    Issued {formatDate(certification.issuedOn)}
                    {certification.expiresOn
                      ? `, expires ${formatDate(certification.expiresOn)}`
                      : ''}
                  </span>
                </span>
                <span
                  className={
                    status.state === 'expired' || status.state === 'soon'
                      ? 'badge badge-warning'
                      : 'badge'
                  }
                >
                  {status.text}
                </span>
                {certification.evidence.kind === 'none' ? (
                  <span />
                ) : (
                  <IconButton
                    icon={ExternalLink}
                    label={`Open the evidence for ${certification.name}`}
                    onClick={() => void openEvidence(db, certification)}
                  />
                )}
                <IconButton
                  icon={Pencil}
                  label={`Edit ${certification.name}`}
                  onClick={() => setEditing(certification)}
                />
                <IconButton
                  icon={Trash2}
                  label={`Delete ${certification.name}`}
                  onClick={() => remove(certification)}
                />
              </li>
            )
          })}
        </ul>
      )}
      <CertificationDialog
        personId={person.id}
        personName={person.displayName}
        certification={editing === 'new' ? null : editing}
        isOpen={editing !== null}
        onClose={() => setEditing(null)}
      />
    </section>
  )
}

/** Opens a certification's evidence: its link in the browser, or its file with the OS. */
async function openEvidence(db: WorkspaceDb, certification: Certification): Promise<void> {
  const { evidence } = certification
  try {
    if (evidence.kind === 'link') {
      const { isOpened } = await desktop.openExternal({ url: evidence.url })
      if (!isOpened) notify('error', `${evidence.url} could not be opened: only https links open.`)
    } else if (evidence.kind === 'file') {
      const material = await db.materials.get(evidence.materialId)
      if (material?.kind !== 'file') throw new Error('The file is no longer in the workspace.')
      const { isOpened, error } = await desktop.openMaterialFile({
        id: material.id,
        fileName: material.fileName,
        data: material.data,
      })
      if (!isOpened) notify('error', `${material.fileName} could not be opened: ${error}`)
    }
  } catch (error) {
    notify('error', describeError(error))
  }
}
