import type { LargePerson } from './types'

/** One quarterly matrix round of a person: every rated skill's level (-1: not rated). */
export type Round = {
  date: string
  role: string
  team: string
  assessorId: string | null
  levels: Int8Array
  /** The id of each rated skill's assessment record, by skill index. */
  ids: (string | undefined)[]
}

/** The manager-rated levels of everyone over time, for the sections that talk about skills. */
export class LevelBook {
  private readonly rounds = new Map<string, Round[]>()

  add(person: LargePerson, round: Round): void {
    const own = this.rounds.get(person.id)
    if (own) own.push(round)
    else this.rounds.set(person.id, [round])
  }

  list(personId: string): Round[] {
    return this.rounds.get(personId) ?? []
  }

  /** The last round on or before `date`, or null before the first. */
  roundAt(personId: string, date: string): Round | null {
    const own = this.rounds.get(personId)
    if (!own) return null
    let low = 0
    let high = own.length - 1
    let found: Round | null = null
    while (low <= high) {
      const mid = (low + high) >> 1
      const round = own[mid]
      if (round === undefined) break
      if (round.date <= date) {
        found = round
        low = mid + 1
      } else high = mid - 1
    }
    return found
  }

  /** The rated level on a date; null when never rated by then. */
  levelAt(personId: string, skill: number, date: string): number | null {
    const level = this.roundAt(personId, date)?.levels[skill] ?? -1
    return level < 0 ? null : level
  }
}
