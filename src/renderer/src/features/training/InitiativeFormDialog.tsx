import { useLiveQuery } from 'dexie-react-hooks'
import {
  findInitiativeProblem,
  newInitiative,
  newSkillTargetDraft,
  readInitiativeDraft,
  toInitiativeDraft,
  type InitiativeDraft,
  type InitiativeField,
} from '../../../../shared/domain/training/initiative-form'
import { formatLabels, providerLabels } from '../../../../shared/domain/training/labels'
import { toLabelledOptions } from '../../../../shared/domain/options/labelled'
import { LearningFormat, type TrainingInitiative } from '../../../../shared/model'
import { useWorkspaceSettings } from '../../app/use-workspace-settings'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { saveInitiative } from '../../db/repositories/training'
import {
  bindRows,
  bindText,
  DescriptionField,
  DialogForm,
  FormDialog,
  FormRows,
  LevelField,
  NumberField,
  SelectField,
  TextAreaField,
  TextField,
  toOptions,
  useForm,
  type FormState,
} from '../../ui/form'
import { notify } from '../../ui/toast-store'
import { EffortFields } from './TrainingFields'

const formatOptions = toLabelledOptions(LearningFormat.options, formatLabels)
const providerOptions = toLabelledOptions(['internal', 'external', 'free'], providerLabels)

type InitiativeForm = FormState<InitiativeDraft, InitiativeField>

export function InitiativeFormDialog(props: {
  initiative: TrainingInitiative | null
  isOpen: boolean
  onClose: () => void
}) {
  return (
    <FormDialog
      title={props.initiative ? `Edit ${props.initiative.title}` : 'Add an initiative'}
      isOpen={props.isOpen}
      onClose={props.onClose}
      isWide
    >
      <InitiativeFormBody initiative={props.initiative} onClose={props.onClose} />
    </FormDialog>
  )
}

/** Which field a refusal of `saveInitiative` is about. */
function findFieldOfError(text: string): InitiativeField | 'form' {
  if (/already an initiative/.test(text)) return 'title'
  if (/internal expert/.test(text)) return 'providerPersonId'
  if (/KPI/.test(text)) return 'kpiId'
  return 'form'
}

function InitiativeFormBody(props: { initiative: TrainingInitiative | null; onClose: () => void }) {
  const { initiative, onClose } = props
  const { db } = useCurrentWorkspace()
  const settings = useWorkspaceSettings()
  const options = useLiveQuery(
    async () => ({
      people: (await db.people.toArray())
        .filter((person) => person.status !== 'left')
        .map((person) => ({ id: person.id, name: person.displayName })),
      kpis: (await db.kpis.toArray()).map((kpi) => ({
        id: kpi.id,
        name: kpi.unit ? `${kpi.name} (${kpi.unit})` : kpi.name,
      })),
    }),
    [db],
  )
  const form = useForm<InitiativeDraft, InitiativeField>({
    idPrefix: 'initiative',
    initial: () =>
      toInitiativeDraft(initiative ?? newInitiative(crypto.randomUUID()), () =>
        crypto.randomUUID(),
      ),
    check: findInitiativeProblem,
    fieldOfError: findFieldOfError,
    save: async (draft) => {
      const saved = await saveInitiative(db, readInitiativeDraft(draft))
      notify('success', `${initiative ? 'Saved' : 'Added'} the initiative “${saved.title}”.`)
      onClose()
    },
  })
  const { draft, set } = form
  const people = toOptions(options?.people ?? [])

  return (
    <DialogForm
      form={form}
      submitLabel={initiative ? 'Save changes' : 'Add initiative'}
      onCancel={onClose}
    >
      <div className="form-grid">
        <TextField {...bindText(form, 'title')} label="Title" isWide autoFocus maxLength={300} />
        <SelectField
          {...form.field('format')}
          label="Learning format"
          value={draft.format}
          options={formatOptions}
          onChange={(value) => set('format', LearningFormat.parse(value))}
        />
        <SelectField
          {...form.field('providerKind')}
          label="Provider"
          value={draft.providerKind}
          options={providerOptions}
          onChange={(value) => {
            set('providerKind', value as InitiativeDraft['providerKind'])
            if (form.problem?.field === 'providerName') form.setProblem(null)
          }}
        />
        {draft.providerKind === 'internal' ? (
          <SelectField
            {...bindText(form, 'providerPersonId')}
            label="Internal expert"
            isWide
            placeholder="Not chosen yet (e.g. a different mentor per person)"
            options={people}
          />
        ) : (
          <TextField
            {...bindText(form, 'providerName')}
            label={draft.providerKind === 'free' ? 'Resource' : 'Provider name'}
            isWide
            maxLength={200}
            placeholder={draft.providerKind === 'free' ? 'e.g. a free online course' : ''}
          />
        )}
        <EffortFields
          hours={bindText(form, 'hours')}
          cost={bindText(form, 'cost')}
          costLabel="Cost per person"
          currency={settings?.currency ?? ''}
        />
        <DescriptionField {...bindText(form, 'description')} />
      </div>
      <SkillTargetRows form={form} />
      <fieldset className="training-fieldset">
        <legend>Accountability: outcome → KPI → target change → measurement</legend>
        <div className="form-grid">
          <TextAreaField
            {...bindText(form, 'learningOutcome')}
            label="Learning outcome"
            isWide
            rows={2}
            maxLength={2000}
            placeholder="What people will do differently afterwards"
          />
          <SelectField
            {...bindText(form, 'kpiId')}
            label="KPI"
            placeholder="No KPI yet"
            options={toOptions(options?.kpis ?? [])}
          />
          <NumberField
            {...bindText(form, 'targetChange')}
            label="Target change"
            step="any"
            placeholder="e.g. -2"
          />
          <TextAreaField
            {...bindText(form, 'measurementMethod')}
            label="Measurement method"
            isWide
            rows={2}
            maxLength={2000}
            placeholder="How and when the change is measured"
          />
        </div>
      </fieldset>
    </DialogForm>
  )
}

/** The skills an initiative builds, each to a level on the workspace's scale. */
function SkillTargetRows(props: { form: InitiativeForm }) {
  const { form } = props
  const { db } = useCurrentWorkspace()
  const skills = useLiveQuery(async () => toOptions(await db.skills.toArray()), [db], [])
  const scale = useLiveQuery(() => db.scaleLevels.orderBy('level').toArray(), [db], [])
  const targets = bindRows(form, 'skillTargets', 'skill')

  return (
    <FormRows
      {...form.field('skills')}
      legend="Skills it builds"
      className="training-fieldset"
      rows={targets.rows}
      emptyNote="None yet. Add the skills so “Suggest a plan” can propose this initiative for gaps."
      rowClassName="skill-target-row"
      rowLabel={(index) => `Skill ${index + 1}`}
      addLabel="Add a skill"
      onAdd={() => targets.add(newSkillTargetDraft(crypto.randomUUID(), scale.at(-1)?.level ?? 4))}
      onRemove={targets.remove}
    >
      {(_target, index) => (
        <>
          <SelectField
            {...targets.field(index, 'skillId')}
            label="Skill"
            placeholder="Choose a skill…"
            options={skills}
          />
          <LevelField {...targets.field(index, 'targetLevel')} label="To level" scale={scale} />
        </>
      )}
    </FormRows>
  )
}
