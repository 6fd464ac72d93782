import { DateField, NumberField, type FormState } from '../../ui/form'

/** What a field part needs from the form: its id and error, its value and how to change it. */
export interface FieldBinding {
  id: string
  error: string | undefined
  value: string
  onChange: (value: string) => void
}

/** A text field of the draft, bound to the form. */
export function bindText<D extends Record<K, string>, F extends string, K extends F & keyof D>(
  form: FormState<D, F>,
  name: K,
): FieldBinding {
  return {
    ...form.field(name),
    value: form.draft[name],
    onChange: (value) => form.set(name, value as D[K]),
  }
}

/**
 * The hours and the cost of an initiative, a plan item or a suggestion, in the order their
 * checks (`findEffortProblem`) blame them.
 */
export function EffortFields(props: {
  hours: FieldBinding
  cost: FieldBinding
  currency: string
  costLabel?: string
}) {
  const { hours, cost } = props
  return (
    <>
      <NumberField {...hours} label="Hours" min={0} step="any" unit="h" />
      <NumberField
        {...cost}
        label={props.costLabel ?? 'Cost'}
        min={0}
        step="any"
        unit={props.currency}
      />
    </>
  )
}

/** A plan item's start and due dates (`findPlanDatesProblem` checks them). */
export function PlanDatesFields(props: {
  start: FieldBinding
  due: FieldBinding
  startLabel?: string
  dueLabel?: string
}) {
  const { start, due } = props
  return (
    <>
      <DateField {...start} label={props.startLabel ?? 'Start'} />
      <DateField {...due} label={props.dueLabel ?? 'Due'} min={start.value || undefined} />
    </>
  )
}
