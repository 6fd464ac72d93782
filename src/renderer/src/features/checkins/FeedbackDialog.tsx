import { useLiveQuery } from 'dexie-react-hooks'
import { findFeedbackProblem } from '../../../../shared/domain/checkins/validation'
import { FeedbackEntry } from '../../../../shared/model'
import { useCurrentWorkspace, useWorkspaceStore } from '../../app/workspace-store'
import { saveFeedback } from '../../db/repositories/checkins'
import { listActivePeople } from '../../db/repositories/people'
import { toLabelledOptions } from '../../../../shared/domain/options/labelled'
import {
  bindText,
  ChoiceGroup,
  DateField,
  DialogForm,
  FormDialog,
  SelectField,
  TextAreaField,
  TextField,
  useForm,
} from '../../ui/form'
import { todayIso } from '../../ui/format'
import { notify } from '../../ui/toast-store'
import { feedbackKindLabels } from './checkin-data'

type Field = 'personId' | 'date' | 'behaviour' | 'source' | 'authorName' | 'situation' | 'impact'

const kindOptions = toLabelledOptions(FeedbackEntry.shape.kind.options, feedbackKindLabels)

const sourceOptions: Array<{ value: FeedbackEntry['source']; label: string }> = [
  { value: 'manager', label: 'Me (manager)' },
  { value: 'peer', label: 'A peer' },
  { value: 'customer', label: 'A customer' },
  { value: 'self', label: 'Themselves' },
]

/** Log or edit a feedback entry: kind, situation, behaviour, impact, a linked skill or goal, a date. */
export function FeedbackDialog(props: {
  isOpen: boolean
  onClose: () => void
  /** Fixed person (the person page); without it the form asks. */
  personId?: string
  entry?: FeedbackEntry | null
}) {
  return (
    <FormDialog
      title={props.entry ? 'Edit feedback' : 'Log feedback'}
      isOpen={props.isOpen}
      onClose={props.onClose}
      isWide
    >
      <FeedbackForm personId={props.personId} entry={props.entry ?? null} onClose={props.onClose} />
    </FormDialog>
  )
}

function newEntry(personId: string, today: string): FeedbackEntry {
  return {
    id: crypto.randomUUID(),
    personId,
    date: today,
    kind: 'praise',
    source: 'manager',
    authorName: '',
    situation: '',
    behaviour: '',
    impact: '',
    skillIds: [],
    goalIds: [],
  }
}

function FeedbackForm(props: {
  personId?: string
  entry: FeedbackEntry | null
  onClose: () => void
}) {
  const { personId, entry, onClose } = props
  const { db } = useCurrentWorkspace()
  const today = todayIso()
  const people = useLiveQuery(() => listActivePeople(db), [db], [])
  const form = useForm<FeedbackEntry, Field>({
    idPrefix: 'feedback',
    initial: () => entry ?? newEntry(personId ?? '', today),
    check: (draft) => findFeedbackProblem(draft, today),
    save: async (draft) => {
      await saveFeedback(db, {
        ...draft,
        situation: draft.situation.trim(),
        behaviour: draft.behaviour.trim(),
        impact: draft.impact.trim(),
        authorName: draft.authorName.trim(),
      })
      const name = people.find((p) => p.id === draft.personId)?.displayName ?? 'them'
      notify('success', entry ? 'Saved the feedback.' : `Logged feedback for ${name}.`)
      onClose()
    },
  })
  const { draft, set } = form
  const options = useLiveQuery(
    async () => ({
      skills: (await db.skills.toArray()).sort((a, b) => a.name.localeCompare(b.name)),
      goals: draft.personId
        ? await db.goals.where('ownerPersonId').equals(draft.personId).toArray()
        : [],
    }),
    [db, draft.personId],
    { skills: [], goals: [] },
  )

  return (
    <DialogForm
      form={form}
      isGrid
      submitLabel={entry ? 'Save feedback' : 'Log feedback'}
      onCancel={onClose}
    >
      {personId ? null : (
        <SelectField
          {...bindText(form, 'personId')}
          label="About"
          autoFocus
          placeholder="Choose a person…"
          options={people.map((p) => ({ value: p.id, label: p.displayName }))}
        />
      )}
      <ChoiceGroup
        id="feedback-kind"
        legend="Kind"
        className="feedback-kind"
        value={draft.kind}
        options={kindOptions}
        onChange={(kind) => set('kind', kind)}
      />
      <DateField {...bindText(form, 'date')} label="Date" max={today} />
      <SelectField {...bindText(form, 'source')} label="From" options={sourceOptions} />
      {draft.source === 'manager' ? null : (
        <TextField {...bindText(form, 'authorName')} label="Name of who gave it" maxLength={200} />
      )}
      <TextAreaField
        {...bindText(form, 'situation')}
        label="Situation"
        isWide
        rows={2}
        maxLength={4000}
        placeholder="When and where: “Saturday rush, the queue out of the door”"
        autoFocus={Boolean(personId)}
      />
      <TextAreaField
        {...bindText(form, 'behaviour')}
        label="Behaviour"
        isWide
        rows={2}
        maxLength={4000}
        placeholder="What they did, as you saw it"
      />
      <TextAreaField
        {...bindText(form, 'impact')}
        label="Impact"
        isWide
        rows={2}
        maxLength={4000}
        placeholder="What it changed for customers, the team or the work"
      />
      <SelectField
        id="feedback-skill"
        label="Linked skill"
        value={draft.skillIds[0] ?? ''}
        placeholder="None"
        options={options.skills.map((s) => ({ value: s.id, label: s.name }))}
        onChange={(value) => set('skillIds', value ? [value] : [])}
      />
      <SelectField
        id="feedback-goal"
        label="Linked goal"
        value={draft.goalIds[0] ?? ''}
        placeholder={options.goals.length ? 'None' : 'No goals for this person'}
        options={options.goals.map((g) => ({ value: g.id, label: `${g.title} (${g.period})` }))}
        onChange={(value) => set('goalIds', value ? [value] : [])}
      />
    </DialogForm>
  )
}

/** The quick entry reachable from anywhere (menu, shortcut): only while a workspace is open. */
export function QuickFeedbackDialog(props: { isOpen: boolean; onClose: () => void }) {
  const workspaceId = useWorkspaceStore((state) => state.current?.info.id)
  if (!workspaceId) return null
  return <FeedbackDialog key={workspaceId} isOpen={props.isOpen} onClose={props.onClose} />
}
