import { useId, type ReactNode } from 'react'

/** A card of a wizard step: a section named by its heading. */
export function StepCard(props: { title: ReactNode; className?: string; children: ReactNode }) {
  const titleId = useId()
  return (
    <section
      className={['card', props.className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
    >
      <h2 id={titleId}>{props.title}</h2>
      {props.children}
    </section>
  )
}
