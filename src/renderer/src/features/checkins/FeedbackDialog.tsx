import { useLiveQuery } from 'dexie-react-hooks'
import { findFeedbackProblem } from '../../../../shared/domain/checkins/validation'
import { FeedbackEntry } from '../../../../shared/model'
import { useCurrentWorkspace, useWorkspaceStore } from '../../app/workspace-store'
import { saveFeedback } from '../../db/repositories/checkins'
import { listActivePeople } from '../../db/repositories/people'
import { Modal } from '../../ui/Modal'
import {
  DateField,
  DialogForm,
  SelectField,
  TextAreaField,
  TextField,
  useForm,
} from '../../ui/form'
import { todayIso } from '../../ui/format'
import { notify } from '../../ui/toast-store'
import { feedbackKindLabels } from './checkin-data'

type Field = 'personId' | 'date' | 'behaviour'

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
    <Modal
      title={props.entry ? 'Edit feedback' : 'Log feedback'}
      isOpen={props.isOpen}
      onClose={props.onClose}
      isWide
    >
      {/* Mounted only while open, so every opening starts from the stored entry. */}
      <FeedbackForm personId={props.personId} entry={props.entry ?? null} onClose={props.onClose} />
    </Modal>
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
          {...form.field('personId')}
          label="About"
          autoFocus
          value={draft.personId}
          placeholder="Choose a person…"
          options={people.map((p) => ({ value: p.id, label: p.displayName }))}
          onChange={(value) => set('personId', value)}
        />
      )}
      <fieldset className="radio-group feedback-kind">
        <legend>Kind</legend>
        {FeedbackEntry.shape.kind.options.map((kind) => (
          <label key={kind} className="radio">
            <input
              type="radio"
              name="feedback-kind"
              checked={draft.kind === kind}
              onChange={() => set('kind', kind)}
            />
            {feedbackKindLabels[kind]}
          </label>
        ))}
      </fieldset>
      <DateField
        {...form.field('date')}
        label="Date"
        max={today}
        value={draft.date}
        onChange={(value) => set('date', value)}
      />
      <SelectField
        id="feedback-source"
        label="From"
        value={draft.source}
        options={sourceOptions}
        onChange={(value) =>
          set('source', FeedbackEntry.shape.source.safeParse(value).data ?? 'manager')
        }
      />
      {draft.source === 'manager' ? null : (
        <TextField
          id="feedback-author"
          label="Name of who gave it"
          maxLength={200}
          value={draft.authorName}
          onChange={(value) => set('authorName', value)}
        />
      )}
      <TextAreaField
        id="feedback-situation"
        label="Situation"
        isWide
        rows={2}
        maxLength={4000}
        placeholder="When and where: “Saturday rush, the queue out of the door”"
        autoFocus={Boolean(personId)}
        value={draft.situation}
        onChange={(value) => set('situation', value)}
      />
      <TextAreaField
        {...form.field('behaviour')}
        label="Behaviour"
        isWide
        rows={2}
        maxLength={4000}
        placeholder="What they did, as you saw it"
        value={draft.behaviour}
        onChange={(value) => set('behaviour', value)}
      />
      <TextAreaField
        id="feedback-impact"
        label="Impact"
        isWide
        rows={2}
        maxLength={4000}
        placeholder="What it changed for customers, the team or the work"
        value={draft.impact}
        onChange={(value) => set('impact', value)}
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
