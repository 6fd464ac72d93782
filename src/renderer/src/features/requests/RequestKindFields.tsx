import { pulseLibrary, type NewRequestInput } from '../../../../shared/domain/requests'
import type { RequestsData } from '../../db/repositories/requests'
import {
  bindOptionalText,
  bindRows,
  CheckboxField,
  ChecklistField,
  FormRows,
  SelectField,
  TextField,
  type FormState,
} from '../../ui/form'

export type RequestFieldName = keyof NewRequestInput | `pulse-${number}-prompt`
type RequestForm = FormState<NewRequestInput, RequestFieldName>

const maxPulseStatements = 12

/** The fields only one kind has: the cycle, the training, the colleague, the pulse's statements. */
export function RequestKindFields(props: { form: RequestForm; data: RequestsData }) {
  const { form, data } = props
  const { draft } = form
  const names = new Map(data.people.map((p) => [p.id, p.displayName]))
  switch (draft.kind) {
    case 'self-review':
      return (
        <SelectField
          {...bindOptionalText(form, 'cycleId')}
          label="Review cycle"
          hint="Their self-ratings and self-assessment go into this cycle’s review."
          placeholder="Choose a review cycle…"
          options={[...data.reviewCycles]
            .sort((a, b) => b.periodEnd.localeCompare(a.periodEnd))
            .map((c) => ({ value: c.id, label: c.name }))}
        />
      )
    case 'training-reaction': {
      const titles = new Map(data.initiatives.map((i) => [i.id, i.title]))
      const completed = data.enrolments
        .filter((e) => e.status === 'completed')
        .map((e) => ({
          value: e.id,
          label: `${names.get(e.personId) ?? 'Someone'} — ${titles.get(e.initiativeId) ?? 'A training'}`,
          personId: e.personId,
        }))
        .sort((a, b) => a.label.localeCompare(b.label))
      return (
        <SelectField
          {...bindOptionalText(form, 'enrolmentId')}
          label="Training"
          hint="A completed enrolment; choosing one asks that person."
          placeholder="Choose a completed training…"
          options={completed}
          onChange={(value) => {
            const chosen = completed.find((c) => c.value === value)
            form.update((current) => ({
              ...current,
              enrolmentId: value === '' ? null : value,
              personIds: chosen ? [chosen.personId] : current.personIds,
            }))
            if (form.problem?.field === 'enrolmentId') form.setProblem(null)
          }}
        />
      )
    }
    case 'peer-feedback':
      return (
        <>
          <SelectField
            {...bindOptionalText(form, 'subjectPersonId')}
            label="Colleague the feedback is about"
            placeholder="Choose a colleague…"
            options={data.people
              .filter((p) => p.status === 'active')
              .sort((a, b) => a.displayName.localeCompare(b.displayName))
              .map((p) => ({ value: p.id, label: p.displayName }))}
          />
          <CheckboxField
            id="request-isAnonymous"
            label="Hide rater names"
            hint="Answers show without who gave them. An anonymised summary shows only once 3 or more raters have answered."
            checked={draft.isAnonymous}
            onChange={(checked) => form.set('isAnonymous', checked)}
          />
        </>
      )
    case 'team-pulse':
      return <PulseStatements form={form} />
    case 'aspirations':
      return (
        <ChecklistField
          {...form.field('aspirationSkillIds')}
          isWide
          legend="Skills to ask about (optional; without any, their role’s skills)"
          listClassName="request-people-list"
          options={[...data.skills]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((s) => ({ value: s.id, label: s.name }))}
          chosen={draft.aspirationSkillIds}
          onChange={(chosen) => form.set('aspirationSkillIds', chosen)}
          emptyNote="The workspace has no skills yet."
        />
      )
    case 'checkin-prep':
      return (
        <p className="muted field-wide">
          The questions come from the development check-in template, with room for agenda items and
          their mood.
        </p>
      )
  }
}

function PulseStatements(props: { form: RequestForm }) {
  const { form } = props
  const rows = bindRows(form, 'pulseQuestions', 'pulse')
  const chosen = form.draft.pulseQuestions.map((q) => q.id)
  const isFull = chosen.length >= maxPulseStatements
  return (
    <>
      <ChecklistField
        id="request-pulse-library"
        isWide
        legend={`Statements from the library (${chosen.length} of at most ${maxPulseStatements} chosen)`}
        listClassName="request-people-list"
        options={pulseLibrary.map((q) => ({ value: q.id, label: q.prompt }))}
        chosen={chosen.filter((id) => pulseLibrary.some((q) => q.id === id))}
        onChange={(picked) => {
          const kept = form.draft.pulseQuestions.filter(
            (q) => picked.includes(q.id) || !pulseLibrary.some((l) => l.id === q.id),
          )
          const added = pulseLibrary.filter(
            (l) => picked.includes(l.id) && !kept.some((q) => q.id === l.id),
          )
          form.set('pulseQuestions', [...kept, ...added])
        }}
        emptyNote="The library is empty."
      />
      <FormRows
        {...form.field('pulseQuestions')}
        className="field-wide request-pulse-rows"
        legend="Wording the team sees (edit any statement; each is answered from strongly disagree to strongly agree, followed by eNPS and one open question)"
        rows={rows.rows}
        rowClassName="request-pulse-row"
        rowLabel={(index) => `Statement ${index + 1}`}
        addLabel={isFull ? 'Twelve statements is the most' : 'Add your own statement'}
        onAdd={() => {
          if (!isFull) rows.add({ id: `own-${crypto.randomUUID().slice(0, 8)}`, prompt: '' })
        }}
        onRemove={rows.remove}
      >
        {(_, index) => (
          <TextField
            {...rows.field(index, 'prompt')}
            label={`Statement ${index + 1}`}
            isLabelHidden
            maxLength={500}
          />
        )}
      </FormRows>
    </>
  )
}
