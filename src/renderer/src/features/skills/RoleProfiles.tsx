import { useLiveQuery } from 'dexie-react-hooks'
import { BriefcaseBusiness, Pencil, Plus, Trash2 } from 'lucide-react'
import { useState } from 'react'
import type { RoleProfile } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { EmptyState } from '../../ui/EmptyState'
import { RoleFormDialog } from './RoleFormDialog'
import { RoleRequirements } from './RoleRequirements'
import { confirmDeleteRole } from './skill-actions'
import { formatCount } from './skill-text'
import { listActivePeople } from '../../db/repositories/people'

const shownHolders = 12

export function RoleProfiles() {
  const { db } = useCurrentWorkspace()
  const data = useLiveQuery(async () => {
    const [roles, people, requirementKeys] = await Promise.all([
      db.roleProfiles.toArray(),
      listActivePeople(db),
      db.roleRequirements.orderBy('roleId').keys(),
    ])
    roles.sort((a, b) => a.name.localeCompare(b.name))
    return { roles, people, requirementKeys: requirementKeys.map(String) }
  }, [db])
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [editing, setEditing] = useState<RoleProfile | 'new' | null>(null)

  if (!data) return <p className="muted">Loading roles…</p>
  const { roles, people, requirementKeys } = data
  const holdersOf = (role: RoleProfile) => people.filter((person) => person.roleId === role.id)
  const countRequirements = (role: RoleProfile) =>
    requirementKeys.filter((key) => key === role.id).length
  const selected = roles.find((role) => role.id === selectedId) ?? roles[0]

  const dialog = (
    <RoleFormDialog
      isOpen={editing !== null}
      role={editing === 'new' ? null : editing}
      onClose={() => setEditing(null)}
      onSaved={(role) => setSelectedId(role.id)}
    />
  )
  const addButton = (
    <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
      <Plus size={16} aria-hidden /> Add role
    </button>
  )

  if (!selected) {
    return (
      <>
        <EmptyState icon={BriefcaseBusiness} title="No role profiles yet" actions={addButton}>
          <p>
            A role profile says which level of which skill a job needs, so the matrix can show who
            is short of it. Add the roles people hold, such as “Team Lead” or “Roaster”.
          </p>
        </EmptyState>
        {dialog}
      </>
    )
  }

  const holders = holdersOf(selected)
  const requirementCount = countRequirements(selected)
  return (
    <div className="roles-layout">
      <div className="role-sidebar">
        {addButton}
        <ul className="role-list" aria-label="Roles">
          {roles.map((role) => (
            <li key={role.id}>
              <button
                type="button"
                className="role-item"
                aria-current={role.id === selected.id ? 'true' : undefined}
                onClick={() => setSelectedId(role.id)}
              >
                <span className="role-item-name">{role.name}</span>
                <span className="role-item-meta">
                  {formatCount(holdersOf(role).length, 'person', 'people')} ·{' '}
                  {formatCount(countRequirements(role), 'skill')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      <section className="card role-detail" aria-labelledby="role-title">
        <div className="card-header">
          <h2 id="role-title">{selected.name}</h2>
          <div className="row">
            <button type="button" className="button" onClick={() => setEditing(selected)}>
              <Pencil size={16} aria-hidden /> Edit role…
            </button>
            <button
              type="button"
              className="button button-danger"
              onClick={() => {
                void confirmDeleteRole(db, selected, holders.length, requirementCount).then(
                  (isDeleted) => isDeleted && setSelectedId(null),
                )
              }}
            >
              <Trash2 size={16} aria-hidden /> Delete role
            </button>
          </div>
        </div>
        {selected.description ? <p>{selected.description}</p> : null}
        <p className="role-holders">
          <strong>
            Held by {formatCount(holders.length, 'person', 'people')}
            {holders.length > 0 ? ': ' : '.'}
          </strong>
          {holders.slice(0, shownHolders).map((person, index) => (
            <span key={person.id}>
              {index > 0 ? ', ' : ''}
              <a href={`#/people/${encodeURIComponent(person.id)}`}>{person.displayName}</a>
            </span>
          ))}
          {holders.length > shownHolders ? ` and ${holders.length - shownHolders} more` : ''}
        </p>
        <RoleRequirements role={selected} />
      </section>
      {dialog}
    </div>
  )
}
