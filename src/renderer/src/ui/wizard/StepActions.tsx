/**
 * The buttons at the foot of a wizard step: Back (when the step has one) and the move forward,
 * disabled until the step is ready.
 */
export function StepActions(props: {
  onBack?: () => void
  nextLabel: string
  onNext: () => void
  isNextDisabled?: boolean
}) {
  return (
    <div className="row step-actions">
      {props.onBack ? (
        <button type="button" className="button" onClick={props.onBack}>
          Back
        </button>
      ) : null}
      <button
        type="button"
        className="button button-primary"
        disabled={props.isNextDisabled}
        onClick={props.onNext}
      >
        {props.nextLabel}
      </button>
    </div>
  )
}
