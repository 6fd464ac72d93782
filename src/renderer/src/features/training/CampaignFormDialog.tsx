import { useLiveQuery } from 'dexie-react-hooks'
import {
  findCampaignProblem,
  newCampaign,
  newStepDraft,
  readCampaignDraft,
  toCampaignDraft,
  type CampaignDraft,
  type CampaignField,
  type CampaignStepDraft,
  type CampaignStepField,
} from '../../../../shared/domain/training/campaign-form'
import type { Campaign } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { saveCampaign } from '../../db/repositories/training'
import { todayIso } from '../../ui/format'
import {
  DateField,
  DialogForm,
  FormRows,
  NumberField,
  SelectField,
  TextAreaField,
  TextField,
  useForm,
} from '../../ui/form'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import { CohortPicker } from './CohortPicker'

export function CampaignFormDialog(props: {
  campaign: Campaign | null
  isOpen: boolean
  onClose: () => void
}) {
  return (
    <Modal
      title={props.campaign ? `Edit ${props.campaign.name}` : 'New campaign'}
      isOpen={props.isOpen}
      onClose={props.onClose}
      isWide
    >
      {/* Mounted only while open, so every opening starts from the stored record. */}
      <CampaignForm campaign={props.campaign} onClose={props.onClose} />
    </Modal>
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

  const setStep = (index: number, key: CampaignStepField, value: string): void => {
    form.update((current) => ({
      ...current,
      steps: current.steps.map((step, i) => (i === index ? { ...step, [key]: value } : step)),
    }))
    if (form.problem?.field === `step-${index}-${key}`) form.setProblem(null)
  }
  const changeSteps = (steps: CampaignStepDraft[]): void => {
    form.set('steps', steps)
    // Errors name steps by position, which has just changed.
    if (form.problem?.field.startsWith('step-')) form.setProblem(null)
  }
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
        <TextField
          {...form.field('name')}
          label="Name"
          autoFocus
          maxLength={300}
          value={draft.name}
          onChange={(value) => set('name', value)}
        />
        <DateField
          {...form.field('startDate')}
          label="Starts on"
          value={draft.startDate}
          onChange={(value) => set('startDate', value)}
        />
        <TextAreaField
          {...form.field('description')}
          label="Description"
          isWide
          rows={2}
          maxLength={4000}
          value={draft.description}
          onChange={(value) => set('description', value)}
        />
      </div>
      <FormRows
        {...form.field('steps')}
        legend="Sequence of initiatives"
        className="training-fieldset"
        rows={draft.steps}
        rowClassName="campaign-step-row"
        rowLabel={(index) => `Step ${index + 1}`}
        addLabel="Add a step"
        onAdd={() => changeSteps([...draft.steps, newStepDraft(crypto.randomUUID(), draft.steps)])}
        onRemove={(index) => changeSteps(draft.steps.filter((_, i) => i !== index))}
      >
        {(step, index) => (
          <>
            <SelectField
              {...form.field(`step-${index}-initiativeId`)}
              label="Initiative"
              value={step.initiativeId}
              placeholder="Choose an initiative…"
              options={initiativeOptions}
              onChange={(value) => setStep(index, 'initiativeId', value)}
            />
            <NumberField
              {...form.field(`step-${index}-startWeek`)}
              label="From week"
              min={1}
              step={1}
              value={step.startWeek}
              onChange={(value) => setStep(index, 'startWeek', value)}
            />
            <NumberField
              {...form.field(`step-${index}-weeks`)}
              label="Weeks"
              min={1}
              step={1}
              value={step.weeks}
              onChange={(value) => setStep(index, 'weeks', value)}
            />
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
