import { DateField, NumberField, type FieldBinding } from '../../ui/form'

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
