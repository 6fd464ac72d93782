/** What the person and team forms check before saving; the record schemas in `model` still decide. */

export type PersonField = 'displayName' | 'email'
export type Problem<Field extends string> = { field: Field; text: string } | null

/** Loose on purpose: it catches a name typed into the email box, not every address RFC 5322 refuses. */
const emailPattern = /^[^\s@]+@[^\s@]+$/

export function findPersonProblem(draft: {
  displayName: string
  email: string
}): Problem<PersonField> {
  if (!draft.displayName.trim()) return { field: 'displayName', text: 'Enter the person’s name.' }
  const email = draft.email.trim()
  if (email && !emailPattern.test(email)) {
    return { field: 'email', text: 'Enter the email as name@example.com, or leave it empty.' }
  }
  return null
}

export function findTeamProblem(draft: { name: string }): Problem<'name'> {
  return draft.name.trim() ? null : { field: 'name', text: 'Give the team a name.' }
}
