import { cadenceLabels } from '../../../../shared/domain/checkins/cadence'
import { Cadence } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { setDefaultCadence } from '../../db/repositories/checkins'
import { SelectField } from '../../ui/form'
import { notify } from '../../ui/toast-store'
import { useWorkspaceSettings } from '../../app/use-workspace-settings'
import { describeError } from '../../ui/format'

/** Settings: the default check-in cadence for people without their own. */
export function CadenceSection() {
  const { db } = useCurrentWorkspace()
  const settings = useWorkspaceSettings()
  return (
    <section className="card" aria-labelledby="cadence-settings-title">
      <h2 id="cadence-settings-title">Check-in cadence</h2>
      <p className="muted">
        How often to hold a check-in with someone whose profile sets no cadence of its own. It
        decides who is due and overdue.
      </p>
      <SelectField
        id="default-cadence"
        label="Default cadence"
        value={settings?.defaultCadence ?? 'biweekly'}
        options={Cadence.options.map((c) => ({ value: c, label: cadenceLabels[c] }))}
        onChange={(value) =>
          void setDefaultCadence(db, value as Cadence)
            .then(() =>
              notify(
                'success',
                `Check-ins are now due ${cadenceLabels[value as Cadence].toLowerCase()} by default.`,
              ),
            )
            .catch((error: unknown) => notify('error', describeError(error)))
        }
      />
    </section>
  )
}
