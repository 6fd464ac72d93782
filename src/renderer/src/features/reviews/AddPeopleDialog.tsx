import { useMemo } from 'react'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import { findAddProblem, listAddablePeople, suggestRater } from '../../../../shared/domain/reviews'
import type { ReviewCycle } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { addPeopleToCycle } from '../../db/repositories/reviews'
import { DialogForm, TextField, useForm } from '../../ui/form'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import { describeDraftCount } from './CycleDialog'
import { PeoplePicker } from './PeoplePicker'
import type { ReviewData } from '../../db/repositories/review-data'

interface Draft {
  personIds: string[]
  raterName: string
}

/** People who join a cycle after it started, each with a draft review. */
export function AddPeopleDialog(props: {
  isOpen: boolean
  data: ReviewData
  cycle: ReviewCycle
  onClose: () => void
}) {
  return (
    <Modal
      title={`Add people to ${props.cycle.name}`}
      isOpen={props.isOpen}
      onClose={props.onClose}
      isWide
    >
      <AddPeopleForm {...props} />
    </Modal>
  )
}

function AddPeopleForm(props: { data: ReviewData; cycle: ReviewCycle; onClose: () => void }) {
  const { data, cycle, onClose } = props
  const { db } = useCurrentWorkspace()
  const addable = useMemo(() => listAddablePeople(cycle, data.people), [cycle, data.people])
  const form = useForm<Draft, keyof Draft>({
    idPrefix: 'cycle-add',
    initial: () => ({
      personIds: [],
      raterName: suggestRater(data.reviews.filter((review) => review.cycleId === cycle.id)),
    }),
    check: (draft) => {
      const text = findAddProblem(cycle, data.people, draft.personIds)
      return text ? { field: 'personIds', text } : null
    },
    fieldOfError: (text) => (/rater/.test(text) ? 'raterName' : 'personIds'),
    save: async (draft) => {
      const count = await addPeopleToCycle(db, {
        cycleId: cycle.id,
        ...draft,
        today: toLocalIsoDate(new Date()),
      })
      const names = draft.personIds
        .map((id) => data.people.find((person) => person.id === id)?.displayName ?? '')
        .filter(Boolean)
      notify(
        'success',
        count === 1
          ? `Added ${names[0] ?? 'one person'} to ${cycle.name} with a draft review.`
          : `Added ${count} people to ${cycle.name}, each with a draft review.`,
      )
      onClose()
    },
  })

  return (
    <DialogForm form={form} submitLabel="Add to cycle" busyLabel="Adding…" onCancel={onClose}>
      <TextField
        {...form.field('raterName')}
        label="Rater of their reviews (can be changed per review)"
        value={form.draft.raterName}
        maxLength={200}
        onChange={(value) => form.set('raterName', value)}
      />
      <PeoplePicker
        {...form.field('personIds')}
        legend="People to add (active people not in the cycle yet)"
        people={addable}
        teams={data.teams}
        roles={data.roleProfiles}
        chosen={form.draft.personIds}
        onChange={(chosen) => form.set('personIds', chosen)}
        describeCount={describeDraftCount}
      />
    </DialogForm>
  )
}
