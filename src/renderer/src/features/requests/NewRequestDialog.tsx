import './requests.css'
import { useRef } from 'react'
import {
  createDefaultRequestInput,
  createInputRequest,
  NewRequestInput,
  requestKindDescriptions,
  requestKindLabels,
  requestKinds,
  type RequestStart,
} from '../../../../shared/domain/requests'
import { navigate } from '../../app/router'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { createRequest, type RequestsData } from '../../db/repositories/requests'
import {
  bindText,
  ChoiceGroup,
  DateField,
  DialogForm,
  FormDialog,
  TextAreaField,
  TextField,
  useForm,
  type FormProblem,
} from '../../ui/form'
import { todayIso } from '../../ui/format'
import { notify } from '../../ui/toast-store'
import { PeopleChecklist } from './PeopleChecklist'
import { RequestKindFields, type RequestFieldName } from './RequestKindFields'
import { exportRequestFiles } from './requests-actions'
import { useRequestsData } from './use-requests'

/** "Request input…": what to ask, whom, by when; saving stores it and opens its page. */
export function NewRequestDialog(props: {
  isOpen: boolean
  start: RequestStart | null
  onClose: () => void
}) {
  return (
    <FormDialog title="New request" isOpen={props.isOpen} onClose={props.onClose} isWide>
      {props.start ? <NewRequestBody start={props.start} onClose={props.onClose} /> : null}
    </FormDialog>
  )
}

/** Drawn only while the dialog is open, so the workspace is read only then. */
function NewRequestBody(props: { start: RequestStart; onClose: () => void }) {
  const data = useRequestsData()
  if (!data) return <p className="muted">Loading…</p>
  return <NewRequestForm data={data} start={props.start} onClose={props.onClose} />
}

function findProblem(draft: NewRequestInput): FormProblem<RequestFieldName> | null {
  const result = NewRequestInput.safeParse(draft)
  if (result.success) return null
  const issue = result.error.issues[0]!
  const [head, index, key] = issue.path
  if (head === 'pulseQuestions' && typeof index === 'number' && key === 'prompt') {
    return { field: `pulse-${index}-prompt`, text: issue.message }
  }
  return {
    field: typeof head === 'string' ? (head as RequestFieldName) : 'form',
    text: issue.message,
  }
}

function lastAskedBy(data: RequestsData): string {
  return [...data.requests].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]?.askedBy ?? ''
}

function NewRequestForm(props: { data: RequestsData; start: RequestStart; onClose: () => void }) {
  const { data, start } = props
  const { db, info } = useCurrentWorkspace()
  const failedField = useRef<RequestFieldName | 'form'>('form')
  const active = data.people.filter((p) => p.status === 'active')
  const form = useForm<NewRequestInput, RequestFieldName>({
    idPrefix: 'request',
    initial: () =>
      createDefaultRequestInput(start, data, { today: todayIso(), askedBy: lastAskedBy(data) }),
    check: findProblem,
    fieldOfError: () => failedField.current,
    save: async (draft) => {
      const result = createInputRequest(draft, data, {
        id: crypto.randomUUID(),
        today: todayIso(),
        newToken: () => crypto.randomUUID(),
      })
      if (!result.ok) {
        failedField.current = result.field as RequestFieldName
        throw new Error(result.message)
      }
      failedField.current = 'form'
      const request = await createRequest(db, result.request)
      props.onClose()
      navigate(`/requests/${encodeURIComponent(request.id)}`)
      const files = request.recipients.length
      notify(
        'success',
        `Created “${request.title}” with ${files === 1 ? 'one file' : `${files} files`} to send. Export them now, or later from this page.`,
        {
          label: 'Export files…',
          run: () => void exportRequestFiles(db, info.id, request, request.recipients),
        },
      )
    },
  })
  const { draft } = form
  const autoTitle = useRef(draft.title)
  const changeKind = (kind: NewRequestInput['kind']) => {
    // A new kind brings its own default title, dates and settings; what the user typed stays.
    const fresh = createDefaultRequestInput({ ...start, kind }, data, {
      today: todayIso(),
      askedBy: draft.askedBy,
    })
    const isTitleTyped = draft.title !== autoTitle.current
    autoTitle.current = fresh.title
    form.update((current) => ({
      ...fresh,
      title: isTitleTyped ? current.title : fresh.title,
      message: current.message,
      askedBy: current.askedBy,
      personIds: current.personIds.length > 0 ? current.personIds : fresh.personIds,
    }))
    form.setProblem(null)
  }
  return (
    <DialogForm
      form={form}
      submitLabel="Create request"
      busyLabel="Creating…"
      onCancel={props.onClose}
      isGrid
      className="request-form"
    >
      <ChoiceGroup
        {...form.field('kind')}
        isWide
        className="request-kinds"
        legend="What to ask"
        value={draft.kind}
        onChange={changeKind}
        options={requestKinds.map((kind) => ({
          value: kind,
          label: (
            <span className="request-kind">
              <strong>{requestKindLabels[kind]}</strong>
              <span className="muted">{requestKindDescriptions[kind]}</span>
            </span>
          ),
        }))}
      />
      <TextField {...bindText(form, 'title')} label="Title" maxLength={200} autoFocus />
      <TextField
        {...bindText(form, 'askedBy')}
        label="Asked by"
        hint="Your name as the page shows it."
        maxLength={200}
      />
      <TextAreaField
        {...bindText(form, 'message')}
        label="Why you ask"
        hint="Shown at the top of the page, above the questions."
        isWide
        maxLength={2000}
      />
      <DateField {...bindText(form, 'dueDate')} label="Due" min={todayIso()} />
      <DateField
        {...bindText(form, 'expiresOn')}
        label="Expires"
        hint="After this day the page no longer saves answers and Trellis refuses them."
        min={draft.dueDate || undefined}
      />
      <RequestKindFields form={form} data={data} />
      <PeopleChecklist
        {...form.field('personIds')}
        legend={
          draft.kind === 'team-pulse'
            ? 'The team asked: one file for all of them, naming nobody'
            : draft.kind === 'peer-feedback'
              ? 'Raters: each gets a file'
              : 'People to ask: each gets a file'
        }
        people={active}
        teams={data.teams}
        chosen={draft.personIds}
        onChange={(chosen) => form.set('personIds', chosen)}
      />
    </DialogForm>
  )
}
