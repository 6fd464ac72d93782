import { useState } from 'react'
import type { EvidenceItem } from '../../../../shared/domain/reviews'
import { SelectField } from '../../ui/SelectField'

const kinds = [
  'all',
  'feedback',
  'check-in',
  'goal update',
  'training result',
  'assessment',
] as const

/** The period's evidence beside the form; an item can be cited for a rated skill or goal. */
export function EvidencePanel(props: {
  evidence: EvidenceItem[]
  cited: Set<string>
  targets: Array<{ id: string; label: string }>
  onCite: (evidenceId: string, targetId: string) => void
}) {
  const [kind, setKind] = useState<(typeof kinds)[number]>('all')
  const [target, setTarget] = useState('')
  const shown = props.evidence.filter((item) => kind === 'all' || item.kind === kind)
  const citeFor = props.targets.find((t) => t.id === target) ?? props.targets[0]
  return (
    <aside className="evidence-panel" aria-labelledby="evidence-title">
      <h3 id="evidence-title">Evidence of the period ({props.evidence.length})</h3>
      <SelectField
        id="evidence-kind"
        label="Show"
        value={kind}
        options={kinds.map((k) => ({ value: k, label: k === 'all' ? 'Everything' : k }))}
        onChange={(v) => setKind(v as (typeof kinds)[number])}
      />
      {props.targets.length > 0 ? (
        <SelectField
          id="evidence-target"
          label="Cite for"
          value={citeFor?.id ?? ''}
          options={props.targets.map((t) => ({ value: t.id, label: t.label }))}
          onChange={setTarget}
        />
      ) : (
        <p className="muted">Rate a skill or goal to cite evidence for it.</p>
      )}
      {shown.length === 0 ? (
        <p className="muted">
          Nothing recorded in this period. Log feedback and check-ins as they happen.
        </p>
      ) : (
        <ul className="feed">
          {shown.map((item) => (
            <li
              key={item.id}
              id={`evidence-${item.id}`}
              tabIndex={-1}
              className={props.cited.has(item.id) ? 'is-cited' : undefined}
            >
              <div className="feed-meta">
                {item.date} · {item.kind}
                {props.cited.has(item.id) ? (
                  <span className="badge badge-accent">Cited</span>
                ) : null}
              </div>
              <strong>{item.title}</strong>
              {item.text ? <p className="feed-text">{item.text}</p> : null}
              {citeFor ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => props.onCite(item.id, citeFor.id)}
                >
                  Cite or uncite for {citeFor.label}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </aside>
  )
}
