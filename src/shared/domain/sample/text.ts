import type { Rng } from './random'

export const customers = [
  'The Copper Kettle',
  'Bean & Gone',
  'the Harbour Lights Hotel',
  'Salt Street Café',
  'Muddy Boots Deli',
  'The Long Table',
  'Grainstore Bakery',
  'Lennox Street Kitchen',
  'Fig & Fennel',
  'the Quay Co-op',
  'The Reading Room',
  'the Blackwater Inn',
  'Hazel & Rye',
  'the Milk Market café',
  'the Ferryport Hotel',
  'Little Acre',
  'Rosemount Nursing Home',
  'Two Bridges Bakehouse',
]

export const coffees = [
  'the Harbour espresso',
  'the Night Shift blend',
  'the Huila decaf',
  'the Yirgacheffe Kochere',
  'the Cerrado natural',
  'the Sidamo washed',
  'the Santa Bárbara honey',
  'the Kiambu AA',
  'the seasonal filter',
]

export const origins = [
  'the Huila decaf lot',
  'the Yirgacheffe Kochere',
  'the Cerrado natural',
  'the Sidamo washed',
  'the Santa Bárbara honey',
  'the Kiambu AA',
  'a new Guji natural',
]

/** Replaces `{name}` placeholders; unknown names are left as they are so a typo shows up in review. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match)
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Skill names inside a sentence: lower-case the first word unless it is an acronym or a brand. */
export function toSentenceName(name: string): string {
  const first = name.split(' ')[0] ?? ''
  if (first === first.toUpperCase() || first === 'Stockwise') return name
  return name.charAt(0).toLowerCase() + name.slice(1)
}

/** Picks from a pool while avoiding the entries used most recently for the same reader. */
export class VariedPicker {
  private readonly recent = new Map<string, string[]>()

  constructor(
    private readonly rng: Rng,
    private readonly memory = 4,
  ) {}

  pick(scope: string, pool: readonly string[]): string {
    const used = this.recent.get(scope) ?? []
    const fresh = pool.filter((item) => !used.includes(item))
    const choice = this.rng.pick(fresh.length > 0 ? fresh : pool)
    this.recent.set(
      scope,
      [...used, choice].slice(-Math.min(this.memory, Math.max(1, pool.length - 1))),
    )
    return choice
  }
}

/** Plain code-unit order: locale-independent, so the output never depends on the machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
