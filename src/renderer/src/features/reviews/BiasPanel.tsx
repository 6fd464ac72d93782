import { ShieldCheck, TriangleAlert } from 'lucide-react'
import type { BiasFlag, EvidenceItem } from '../../../../shared/domain/reviews'

function focusEvidence(id: string): void {
  const element = document.getElementById(`evidence-${id}`)
  element?.scrollIntoView({ block: 'center' })
  element?.focus()
}

/** The bias checks on the review as it stands, each with its reason and links to the evidence. */
export function BiasPanel(props: { flags: BiasFlag[]; evidence: EvidenceItem[] }) {
  const known = new Map(props.evidence.map((item) => [item.id, item]))
  return (
    <section className="card bias-panel" aria-labelledby="bias-title">
      <h3 id="bias-title">Bias checks</h3>
      {props.flags.length === 0 ? (
        <p>
          <ShieldCheck size={16} aria-hidden /> No pattern to check: evidence spread over the
          period, varied ratings, in line with the other raters and the goal results.
        </p>
      ) : (
        <ul className="bias-flags">
          {props.flags.map((flag) => {
            const linked = flag.evidenceIds.filter((id) => known.has(id))
            return (
              <li key={flag.kind}>
                <strong>
                  <TriangleAlert size={16} aria-hidden /> {flag.title}
                </strong>
                <p>{flag.explanation}</p>
                {linked.length > 0 ? (
                  <p className="bias-evidence">
                    Evidence:{' '}
                    {linked.slice(0, 8).map((id) => (
                      <button
                        key={id}
                        type="button"
                        className="link-button"
                        onClick={() => focusEvidence(id)}
                      >
                        {known.get(id)!.date} {known.get(id)!.kind}
                      </button>
                    ))}
                    {linked.length > 8 ? ` and ${linked.length - 8} more` : ''}
                  </p>
                ) : null}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
