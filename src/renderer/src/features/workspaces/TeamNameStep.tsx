import { navigate } from '../../app/router'
import { DialogForm } from '../../ui/form'
import { WorkspaceNameField, useNewWorkspaceForm } from './new-workspace-form'

/** First step of "Import your team": the organisation's name becomes the workspace, then the import opens. */
export function TeamNameStep(props: { onBack: () => void }) {
  const form = useNewWorkspaceForm('welcome', () => navigate('/people/import'))
  return (
    <DialogForm
      form={form}
      className="welcome-step"
      submitLabel="Continue to import"
      busyLabel="Creating the workspace…"
      cancelLabel="Back"
      onCancel={props.onBack}
    >
      <h2>Import your team</h2>
      <p className="muted">
        Your people go into a workspace of their own. Next, choose a CSV or spreadsheet export with
        one row per person.
      </p>
      <WorkspaceNameField form={form} label="Organisation name" />
    </DialogForm>
  )
}
