import './careers.css'
import { Trash2 } from 'lucide-react'
import { useWorkspaceSettings } from '../../app/use-workspace-settings'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { writeWithUndo } from '../../app/undo'
import { AddRowForm } from '../../ui/form'
import { describeError } from '../../ui/format'
import { IconButton } from '../../ui/IconButton'
import { notify } from '../../ui/toast-store'

const key = 'leavingReasons'
const maxReasons = 40

/** The reasons Mark as left offers; leavers already recorded keep the words they were given. */
export function LeavingReasonsSection() {
  const { db } = useCurrentWorkspace()
  const reasons = useWorkspaceSettings()?.leavingReasons ?? []
  const save = (next: string[]) => db.settings.put({ key, value: next })
  return (
    <section className="card" aria-labelledby="leaving-reasons-title">
      <h2 id="leaving-reasons-title">Leaving reasons</h2>
      <p className="muted">
        Offered when someone is marked as left, and counted in the retention report. Removing one
        leaves the leavers recorded with it as they are.
      </p>
      <ul className="plain-list leaving-reasons">
        {reasons.map((reason) => (
          <li key={reason} className="row">
            <span>{reason}</span>
            <IconButton
              icon={Trash2}
              label={`Remove the reason ${reason}`}
              onClick={() =>
                void writeWithUndo(
                  db,
                  () => save(reasons.filter((other) => other !== reason)).then(() => undefined),
                  `Removed the reason “${reason}”.`,
                ).catch((error: unknown) => notify('error', describeError(error)))
              }
            />
          </li>
        ))}
      </ul>
      <AddRowForm
        idPrefix="new-leaving-reason"
        label="New leaving reason"
        submitLabel="Add reason"
        maxLength={120}
        check={({ name }) =>
          name.trim() === ''
            ? { field: 'name', text: 'Type the reason first.' }
            : reasons.some((reason) => reason.toLowerCase() === name.trim().toLowerCase())
              ? { field: 'name', text: `“${name.trim()}” is in the list already.` }
              : reasons.length >= maxReasons
                ? { field: 'name', text: `The list holds ${maxReasons} reasons at most.` }
                : null
        }
        add={async (name) => {
          await save([...reasons, name])
        }}
      />
    </section>
  )
}
