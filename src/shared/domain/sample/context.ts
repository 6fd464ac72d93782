import type { Rng } from './random'
import type { SamplePerson } from './types'

/** What every section generator receives: the date, a random stream and the people. */
export type SampleContext = {
  today: string
  rng: Rng
  people: SamplePerson[]
}

export function findPerson(context: SampleContext, handle: string): SamplePerson {
  const person = context.people.find((p) => p.handle === handle)
  if (!person) throw new Error(`Unknown sample person "${handle}"`)
  return person
}

export function formatDisplayName(person: SamplePerson): string {
  return `${person.givenName} ${person.familyName}`
}
