export interface StepperStep<Id extends string> {
  /** The wizard states that belong to this step. */
  ids: Id[]
  label: string
}

/** The numbered steps of a wizard, the current one marked for screen readers with aria-current. */
export function Stepper<Id extends string>(props: { steps: StepperStep<Id>[]; current: Id }) {
  const currentIndex = props.steps.findIndex((step) => step.ids.includes(props.current))
  return (
    <ol className="stepper" aria-label="Import steps">
      {props.steps.map((step, index) => (
        <li
          key={step.label}
          aria-current={index === currentIndex ? 'step' : undefined}
          className={index < currentIndex ? 'is-done' : undefined}
        >
          <span className="stepper-number">{index + 1}</span> {step.label}
        </li>
      ))}
    </ol>
  )
}
