import { useMemo } from 'react'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import { findCycleDraftProblem, type CycleDraft } from '../../../../shared/domain/reviews'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { createReviewCycle } from '../../db/repositories/reviews'
import { bindText, DateField, DialogForm, FormDialog, TextField, useForm } from '../../ui/form'
import { notify } from '../../ui/toast-store'
import { PeoplePicker } from './PeoplePicker'
import type { ReviewData } from '../../db/repositories/review-data'

type Draft = CycleDraft
type FieldName = keyof Draft

export const describeDraftCount = (count: number): string =>
  count === 1 ? '1 person will get a draft review.' : `${count} people will get a draft review.`

/** A new cycle: a name, a period and the people in it, whole teams and/or one by one. */
export function CycleDialog(props: {
  isOpen: boolean
  data: ReviewData
  onClose: () => void
  onCreated: (cycleId: string) => void
}) {
  return (
    <FormDialog title="New review cycle" isOpen={props.isOpen} onClose={props.onClose} isWide>
      <CycleForm {...props} />
    </FormDialog>
  )
}

function CycleForm(props: {
  data: ReviewData
  onClose: () => void
  onCreated: (cycleId: string) => void
}) {
  const { db } = useCurrentWorkspace()
  const { data } = props
  const active = useMemo(() => data.people.filter((p) => p.status === 'active'), [data.people])
  const form = useForm<Draft, FieldName>({
    idPrefix: 'cycle',
    initial: { name: '', periodStart: '', periodEnd: '', raterName: '', personIds: [] },
    check: findCycleDraftProblem,
    fieldOfError: (text) =>
      /has left|no longer in the workspace/.test(text) ? 'personIds' : 'form',
    save: async (draft) => {
      const cycle = await createReviewCycle(db, { ...draft, today: toLocalIsoDate(new Date()) })
      notify('success', `Created ${cycle.name} with ${cycle.personIds.length} draft reviews.`)
      props.onCreated(cycle.id)
    },
  })
  const { draft, set } = form

  return (
    <DialogForm
      form={form}
      submitLabel="Create cycle"
      busyLabel="Creating…"
      onCancel={props.onClose}
    >
      <div className="form-grid">
        <TextField {...bindText(form, 'name')} label="Name" autoFocus maxLength={200} />
        <TextField
          {...bindText(form, 'raterName')}
          label="Rater (can be changed per review)"
          maxLength={200}
        />
        <DateField {...bindText(form, 'periodStart')} label="Period starts" />
        <DateField
          {...bindText(form, 'periodEnd')}
          label="Period ends"
          min={draft.periodStart || undefined}
        />
      </div>
      <PeoplePicker
        {...form.field('personIds')}
        legend="People to review"
        people={active}
        teams={data.teams}
        roles={data.roleProfiles}
        chosen={draft.personIds}
        onChange={(chosen) => set('personIds', chosen)}
        describeCount={describeDraftCount}
      />
    </DialogForm>
  )
}
