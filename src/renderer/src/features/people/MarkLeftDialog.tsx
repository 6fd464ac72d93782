import { findLeaverProblem } from '../../../../shared/domain/careers'
import { exitInterviewQuestions, type Person } from '../../../../shared/model'
import { useWorkspaceSettings } from '../../app/use-workspace-settings'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { markAsLeft, type LeaverDraft } from '../../db/repositories/careers'
import {
  bindText,
  ChoiceGroup,
  DateField,
  DialogForm,
  FormDialog,
  SelectField,
  TextAreaField,
  useForm,
} from '../../ui/form'
import { todayIso } from '../../ui/format'
import { notify } from '../../ui/toast-store'

type Field = 'date' | 'reason' | 'reasonDetail' | 'isVoluntary' | 'isRegretted'
type Draft = Omit<LeaverDraft, 'isVoluntary' | 'isRegretted'> & {
  isVoluntary: 'yes' | 'no'
  isRegretted: 'yes' | 'no'
}

const voluntaryOptions = [
  { value: 'yes', label: 'They chose to leave' },
  { value: 'no', label: 'The business ended it' },
] as const
const regrettedOptions = [
  { value: 'yes', label: 'A loss we regret' },
  { value: 'no', label: 'Not regretted' },
] as const

/** "Mark as left": the date, why, and the exit interview; the person then leaves current screens. */
export function MarkLeftDialog(props: { person: Person; isOpen: boolean; onClose: () => void }) {
  return (
    <FormDialog
      title={`Mark ${props.person.displayName} as left`}
      isOpen={props.isOpen}
      onClose={props.onClose}
      isWide
    >
      <MarkLeftForm person={props.person} onClose={props.onClose} />
    </FormDialog>
  )
}

function MarkLeftForm(props: { person: Person; onClose: () => void }) {
  const { person, onClose } = props
  const { db } = useCurrentWorkspace()
  const reasons = useWorkspaceSettings()?.leavingReasons ?? []
  const form = useForm<Draft, Field>({
    idPrefix: 'leaver',
    initial: () => ({
      date: todayIso(),
      isVoluntary: 'yes',
      isRegretted: 'no',
      reason: '',
      reasonDetail: '',
      exitInterview: exitInterviewQuestions.map((q) => ({
        questionId: q.id,
        question: q.text,
        answer: '',
      })),
    }),
    check: (draft) => {
      const problem = findLeaverProblem(person, draft)
      return problem ? { field: problem.field as Field, text: problem.message } : null
    },
    save: async (draft) => {
      await markAsLeft(
        db,
        person.id,
        {
          ...draft,
          isVoluntary: draft.isVoluntary === 'yes',
          isRegretted: draft.isRegretted === 'yes',
        },
        new Date(),
      )
      notify(
        'success',
        `${person.displayName} is marked as left. Their history stays in reports of past periods.`,
      )
      onClose()
    },
  })
  const { draft } = form
  return (
    <DialogForm form={form} submitLabel="Mark as left" onCancel={onClose}>
      <div className="form-grid">
        <DateField
          {...bindText(form, 'date')}
          label="Last day"
          min={person.hireDate ?? undefined}
          autoFocus
        />
        <SelectField
          {...bindText(form, 'reason')}
          label="Main reason"
          placeholder="Other (say below)"
          options={reasons.map((reason) => ({ value: reason, label: reason }))}
        />
        <ChoiceGroup
          {...form.field('isVoluntary')}
          legend="Whose decision"
          className="leaver-choice"
          value={draft.isVoluntary}
          options={voluntaryOptions}
          onChange={(value) => form.set('isVoluntary', value)}
        />
        <ChoiceGroup
          {...form.field('isRegretted')}
          legend="For the business"
          className="leaver-choice"
          value={draft.isRegretted}
          options={regrettedOptions}
          onChange={(value) => form.set('isRegretted', value)}
        />
        <TextAreaField
          {...bindText(form, 'reasonDetail')}
          label="In your words"
          hint="What happened, in a sentence or two. Only you see it."
          isWide
          maxLength={2000}
        />
      </div>
      <fieldset className="exit-interview">
        <legend>Exit interview</legend>
        <p className="field-hint">Leave a question empty if it was not asked.</p>
        {draft.exitInterview.map((answer, index) => (
          <TextAreaField
            key={answer.questionId}
            id={`leaver-exit-${answer.questionId}`}
            label={answer.question}
            value={answer.answer}
            rows={2}
            maxLength={4000}
            onChange={(value) =>
              form.set(
                'exitInterview',
                draft.exitInterview.map((old, i) =>
                  i === index ? { ...old, answer: value } : old,
                ),
              )
            }
          />
        ))}
      </fieldset>
    </DialogForm>
  )
}
