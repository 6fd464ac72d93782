import { Pencil, Plus, Route, Trash2 } from 'lucide-react'
import { useState } from 'react'
import type { CareerPath } from '../../../../shared/model'
import { writeWithUndo } from '../../app/undo'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { EmptyState } from '../../ui/EmptyState'
import { describeError } from '../../ui/format'
import { IconButton } from '../../ui/IconButton'
import { notify } from '../../ui/toast-store'
import { CareerPathDialog } from './CareerPathDialog'
import type { CareerView } from './use-career-data'

/** The career paths: ladders of roles, each step with the skill levels its role requires. */
export function PathsPanel(props: { view: CareerView }) {
  const { view } = props
  const { db } = useCurrentWorkspace()
  const [editing, setEditing] = useState<CareerPath | 'new' | null>(null)
  const paths = [...view.data.careerPaths].sort((a, b) => a.name.localeCompare(b.name))
  const holders = (roleId: string) =>
    view.data.people.filter((p) => p.status === 'active' && p.roleId === roleId).length
  const remove = (path: CareerPath) =>
    void writeWithUndo(
      db,
      () => db.careerPaths.delete(path.id),
      `Deleted the path ${path.name}.`,
    ).catch((error: unknown) => notify('error', describeError(error)))
  const addButton = (
    <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
      <Plus size={16} aria-hidden /> Add a path
    </button>
  )
  return (
    <div className="stack">
      {paths.length === 0 ? (
        <EmptyState icon={Route} title="No career paths yet" actions={addButton}>
          <p>
            A path is a ladder of roles, lowest first: Barista, Shift lead, Store manager. Each step
            asks for the skill levels its role profile requires.
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="toolbar">
            <span className="toolbar-spacer" />
            {addButton}
          </div>
          {paths.map((path) => (
            <section key={path.id} className="card" aria-labelledby={`path-${path.id}`}>
              <div className="card-header">
                <h2 id={`path-${path.id}`}>{path.name}</h2>
                <div className="row">
                  <IconButton
                    icon={Pencil}
                    label={`Edit ${path.name}`}
                    onClick={() => setEditing(path)}
                  />
                  <IconButton
                    icon={Trash2}
                    label={`Delete ${path.name}`}
                    onClick={() => remove(path)}
                  />
                </div>
              </div>
              {path.description ? <p className="muted">{path.description}</p> : null}
              <ol className="path-steps" aria-label={`Steps of ${path.name}`}>
                {path.roleIds.map((roleId) => (
                  <li key={roleId}>
                    <strong>{view.names.role(roleId)}</strong>{' '}
                    <span className="muted">
                      {view.overview.requirements.get(roleId)?.length ?? 0} requirements ·{' '}
                      {holders(roleId)} in role
                    </span>
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </>
      )}
      <CareerPathDialog
        path={editing === 'new' ? null : editing}
        paths={view.data.careerPaths}
        roles={[...view.data.roleProfiles].sort((a, b) => a.name.localeCompare(b.name))}
        isOpen={editing !== null}
        onClose={() => setEditing(null)}
      />
    </div>
  )
}
