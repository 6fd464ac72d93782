/** A link to a person's profile, optionally straight to one of its tabs. */
export function PersonLink(props: { id: string; name: string }) {
  return <a href={`#/people/${encodeURIComponent(props.id)}`}>{props.name}</a>
}
