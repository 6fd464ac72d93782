import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useState } from 'react'
import { EnrolmentStatus, type Enrolment } from '../../../../shared/model'
import { useUiStore } from '../../app/ui-store'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { setEnrolmentStatus } from '../../db/repositories/training'
import type { WorkspaceDb } from '../../db/workspace-db'
import { formatDate, describeError, todayIso } from '../../ui/format'
import { SelectField } from '../../ui/SelectField'
import { notify } from '../../ui/toast-store'
import { AssessAfterDialog, type AssessTarget } from './AssessAfterDialog'
import { loadPersonPlan, type PersonPlanData } from './load-person-plan'

const statusLabels: Record<Enrolment['status'], string> = {
  enrolled: 'Enrolled',
  'in-progress': 'In progress',
  completed: 'Completed',
  withdrawn: 'Withdrawn',
}

/** Shown at most, newest first: the filters narrow the rest. */
const pageSize = 200

async function readEnrolments(db: WorkspaceDb) {
  const [enrolments, initiatives, people, teams, campaigns] = await Promise.all([
    db.enrolments.toArray(),
    db.initiatives.toArray(),
    db.people.toArray(),
    db.teams.toArray(),
    db.campaigns.toArray(),
  ])
  return {
    enrolments: enrolments.sort((a, b) => b.startDate.localeCompare(a.startDate)),
    initiatives: new Map(initiatives.map((i) => [i.id, i])),
    people: new Map(people.map((p) => [p.id, p])),
    teams: teams.sort((a, b) => a.name.localeCompare(b.name)),
    campaigns: new Map(campaigns.map((c) => [c.id, c.name])),
  }
}

export function EnrolmentsView() {
  const { db } = useCurrentWorkspace()
  const data = useLiveQuery(() => readEnrolments(db), [db])
  const [search, setSearch] = useState('')
  const [status, setStatus] = useState('open')
  const [teamId, setTeamId] = useState('all')
  const [assessing, setAssessing] = useState<{ data: PersonPlanData; item: AssessTarget } | null>(
    null,
  )

  const shown = useMemo(() => {
    if (!data) return []
    const needle = search.trim().toLocaleLowerCase()
    return data.enrolments.filter((e) => {
      const person = data.people.get(e.personId)
      const title = data.initiatives.get(e.initiativeId)?.title ?? ''
      return (
        (status === 'all' ||
          (status === 'open'
            ? e.status === 'enrolled' || e.status === 'in-progress'
            : e.status === status)) &&
        (teamId === 'all' || person?.teamId === teamId) &&
        (needle === '' ||
          `${person?.displayName ?? ''} ${title}`.toLocaleLowerCase().includes(needle))
      )
    })
  }, [data, search, status, teamId])

  const change = async (enrolment: Enrolment, next: Enrolment['status']): Promise<void> => {
    try {
      const { isNewlyCompleted } = await setEnrolmentStatus(db, enrolment.id, next, todayIso())
      const title = data?.initiatives.get(enrolment.initiativeId)?.title ?? 'the training'
      const name = data?.people.get(enrolment.personId)?.displayName ?? 'Someone'
      if (isNewlyCompleted) {
        const personData = await loadPersonPlan(db, enrolment.personId)
        if (personData) {
          setAssessing({
            data: personData,
            item: { title, enrolmentId: enrolment.id, skillIds: [] },
          })
          return
        }
      }
      notify('success', `${name}: “${title}” is now ${statusLabels[next].toLowerCase()}.`)
    } catch (error) {
      notify('error', describeError(error))
    }
  }

  if (!data) return <p className="muted">Loading enrolments…</p>
  return (
    <>
      <div className="training-toolbar">
        <div className="field">
          <label htmlFor="enrolment-search">Search</label>
          <input
            id="enrolment-search"
            type="search"
            value={search}
            placeholder="Person or initiative"
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <SelectField
          id="enrolment-status"
          label="Status"
          value={status}
          onChange={setStatus}
          options={[
            { value: 'open', label: 'Enrolled or in progress' },
            { value: 'all', label: 'Any status' },
            ...EnrolmentStatus.options.map((s) => ({ value: s, label: statusLabels[s] })),
          ]}
        />
        <SelectField
          id="enrolment-team"
          label="Team"
          value={teamId}
          onChange={setTeamId}
          options={[
            { value: 'all', label: 'All teams' },
            ...data.teams.map((t) => ({ value: t.id, label: t.name })),
          ]}
        />
      </div>
      <p className="muted" aria-live="polite">
        {shown.length === 0
          ? 'No enrolments match. Enrol people from a plan (Suggest a plan, Add item) or a campaign.'
          : `${shown.length} enrolment${shown.length === 1 ? '' : 's'}${shown.length > pageSize ? `, the newest ${pageSize} shown` : ''}`}
      </p>
      {shown.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Initiative</th>
                <th scope="col">Campaign</th>
                <th scope="col">Dates</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.slice(0, pageSize).map((enrolment) => {
                const name = data.people.get(enrolment.personId)?.displayName ?? 'Someone removed'
                const title = data.initiatives.get(enrolment.initiativeId)?.title ?? 'Deleted'
                return (
                  <tr key={enrolment.id}>
                    <td>
                      <a href={`#/people/${encodeURIComponent(enrolment.personId)}`}>{name}</a>
                    </td>
                    <td>{title}</td>
                    <td>
                      {enrolment.campaignId
                        ? (data.campaigns.get(enrolment.campaignId) ?? '—')
                        : '—'}
                    </td>
                    <td>
                      {formatDate(enrolment.startDate)}
                      {enrolment.endDate ? ` → ${formatDate(enrolment.endDate)}` : ''}
                    </td>
                    <td>
                      <select
                        aria-label={`Status of ${name} in ${title}`}
                        value={enrolment.status}
                        onChange={(event) =>
                          void change(enrolment, EnrolmentStatus.parse(event.target.value))
                        }
                      >
                        {EnrolmentStatus.options.map((s) => (
                          <option key={s} value={s}>
                            {statusLabels[s]}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      {enrolment.status === 'completed' ? (
                        <button
                          type="button"
                          className="button"
                          onClick={() =>
                            useUiStore.getState().openRequestDialog({
                              kind: 'training-reaction',
                              enrolmentId: enrolment.id,
                            })
                          }
                        >
                          Request input…
                          <span className="visually-hidden">
                            {' '}
                            from {name} on {title}
                          </span>
                        </button>
                      ) : null}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {assessing ? (
        <AssessAfterDialog
          data={assessing.data}
          item={assessing.item}
          onClose={() => setAssessing(null)}
        />
      ) : null}
    </>
  )
}
