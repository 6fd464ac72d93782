import { ArrowLeft } from 'lucide-react'
import type { ReactNode } from 'react'
import { PageHeader } from '../PageHeader'
import { Stepper, type StepperStep } from '../Stepper'

/**
 * An import wizard's page: the link back to the screen it imports into, the page header, the
 * numbered steps with the current one marked, and the current step below them.
 */
export function WizardPage<Step extends string>(props: {
  back: { href: string; label: string }
  title: string
  description: string
  steps: StepperStep<Step>[]
  current: Step
  children: ReactNode
}) {
  return (
    <div className="page">
      <a className="back-link" href={props.back.href}>
        <ArrowLeft size={16} aria-hidden /> {props.back.label}
      </a>
      <PageHeader title={props.title} description={props.description} />
      <Stepper steps={props.steps} current={props.current} />
      {props.children}
    </div>
  )
}
