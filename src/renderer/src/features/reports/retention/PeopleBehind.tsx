import type { ReactNode } from 'react'

export interface NamedPerson {
  id: string
  name: string
  detail?: string
}

/** A figure with the people behind it one click away: a disclosure listing them, linked. */
export function PeopleBehind(props: {
  label: string
  people: NamedPerson[]
  children?: ReactNode
}) {
  const { people } = props
  if (people.length === 0) return <p className="stat-detail">{props.children ?? 'Nobody'}</p>
  return (
    <details className="people-behind">
      <summary>{props.label}</summary>
      <ul className="plain-list">
        {people.map((person, index) => (
          <li key={`${person.id}-${index}`}>
            <a href={`#/people/${encodeURIComponent(person.id)}`}>{person.name}</a>
            {person.detail ? <span className="muted"> · {person.detail}</span> : null}
          </li>
        ))}
      </ul>
    </details>
  )
}
