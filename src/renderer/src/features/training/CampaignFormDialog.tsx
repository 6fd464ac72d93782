import { useLiveQuery } from 'dexie-react-hooks'
import {
  findCampaignProblem,
  newCampaign,
  newStepDraft,
  readCampaignDraft,
  toCampaignDraft,
  type CampaignDraft,
  type CampaignField,
} from '../../../../shared/domain/training/campaign-form'
import type { Campaign } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { saveCampaign } from '../../db/repositories/training'
import { todayIso } from '../../ui/format'
import {
  bindRows,
  bindText,
  DateField,
  DescriptionField,
  DialogForm,
  FormDialog,
  FormRows,
  NumberField,
  SelectField,
  TextField,
  useForm,
} from '../../ui/form'
import { notify } from '../../ui/toast-store'
import { CohortPicker } from './CohortPicker'

export function CampaignFormDialog(props: {
  campaign: Campaign | null
  isOpen: boolean
  onClose: () => void
}) {
  return (
    <FormDialog
      title={props.campaign ? `Edit ${props.campaign.name}` : 'New campaign'}
      isOpen={props.isOpen}
      onClose={props.onClose}
      isWide
    >
      <CampaignForm campaign={props.campaign} onClose={props.onClose} />
    </FormDialog>
  )
}

function CampaignForm(props: { campaign: Campaign | null; onClose: () => void }) {
  const { campaign, onClose } = props
  const { db } = useCurrentWorkspace()
  const options = useLiveQuery(
    async () => ({
      initiatives: (await db.initiatives.toArray()).sort((a, b) => a.title.localeCompare(b.title)),
      people: (await db.people.toArray())
        .filter((person) => person.status !== 'left')
        .sort((a, b) => a.displayName.localeCompare(b.displayName)),
      teams: await db.teams.toArray(),
    }),
    [db],
  )
  const form = useForm<CampaignDraft, CampaignField>({
    idPrefix: 'campaign',
    initial: () =>
      toCampaignDraft(campaign ?? newCampaign(crypto.randomUUID(), todayIso()), () =>
        crypto.randomUUID(),
      ),
    check: findCampaignProblem,
    // saveCampaign refuses someone who has left the people list since the form opened.
    fieldOfError: (text) => (/cohort/.test(text) ? 'cohortPersonIds' : 'form'),
    save: async (draft) => {
      const saved = await saveCampaign(db, readCampaignDraft(draft))
      notify('success', `${campaign ? 'Saved' : 'Created'} the campaign “${saved.name}”.`)
      onClose()
    },
  })
  const { draft, set } = form
  const steps = bindRows(form, 'steps', 'step')
  const initiativeOptions = (options?.initiatives ?? []).map((initiative) => ({
    value: initiative.id,
    label: initiative.title,
  }))

  return (
    <DialogForm
      form={form}
      submitLabel={campaign ? 'Save changes' : 'Create campaign'}
      onCancel={onClose}
    >
      <div className="form-grid">
        <TextField {...bindText(form, 'name')} label="Name" autoFocus maxLength={300} />
        <DateField {...bindText(form, 'startDate')} label="Starts on" />
        <DescriptionField {...bindText(form, 'description')} />
      </div>
      <FormRows
        {...form.field('steps')}
        legend="Sequence of initiatives"
        className="training-fieldset"
        rows={steps.rows}
        rowClassName="campaign-step-row"
        rowLabel={(index) => `Step ${index + 1}`}
        addLabel="Add a step"
        onAdd={() => steps.add(newStepDraft(crypto.randomUUID(), steps.rows))}
        onRemove={steps.remove}
      >
        {(_step, index) => (
          <>
            <SelectField
              {...steps.field(index, 'initiativeId')}
              label="Initiative"
              placeholder="Choose an initiative…"
              options={initiativeOptions}
            />
            <NumberField {...steps.field(index, 'startWeek')} label="From week" min={1} step={1} />
            <NumberField {...steps.field(index, 'weeks')} label="Weeks" min={1} step={1} />
          </>
        )}
      </FormRows>
      <CohortPicker
        {...form.field('cohortPersonIds')}
        people={options?.people}
        teams={options?.teams ?? []}
        chosen={draft.cohortPersonIds}
        onChange={(chosen) => set('cohortPersonIds', chosen)}
      />
    </DialogForm>
  )
}
