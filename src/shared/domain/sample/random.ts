/** A small seeded PRNG (mulberry32) so the same seed always yields the same sample company. */
export function createMulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** FNV-1a, used to derive an independent stream per section from one seed and a label. */
export function hashLabel(seed: number, label: string): number {
  let hash = (2166136261 ^ seed) >>> 0
  for (let i = 0; i < label.length; i += 1) {
    hash ^= label.charCodeAt(i)
    hash = Math.imul(hash, 16777619) >>> 0
  }
  return hash
}

export function pick<T>(items: readonly T[], random: number): T {
  if (items.length === 0) throw new Error('pick() needs at least one item')
  const item = items[Math.min(items.length - 1, Math.floor(random * items.length))]
  if (item === undefined) throw new Error('pick() found a hole in the list')
  return item
}

export function getAt<T>(items: readonly T[], index: number): T {
  const item = items[index]
  if (item === undefined) throw new Error(`No item at index ${index}`)
  return item
}

export class Rng {
  private readonly source: () => number
  private readonly seed: number

  constructor(seed: number) {
    this.seed = seed >>> 0
    this.source = createMulberry32(this.seed)
  }

  /** A child stream: sections that draw from their own fork do not shift each other. */
  fork(label: string): Rng {
    return new Rng(hashLabel(this.seed, label))
  }

  nextFloat(): number {
    return this.source()
  }

  /** An integer in [min, max], both inclusive. */
  nextInt(min: number, max: number): number {
    return min + Math.floor(this.source() * (max - min + 1))
  }

  nextBetween(min: number, max: number): number {
    return min + this.source() * (max - min)
  }

  /** Roughly normal with mean 0 and deviation 1 (sum of uniforms keeps it cheap and bounded). */
  nextGaussian(): number {
    return (this.source() + this.source() + this.source() + this.source() - 2) * 1.7320508
  }

  roll(probability: number): boolean {
    return this.source() < probability
  }

  pick<T>(items: readonly T[]): T {
    return pick(items, this.source())
  }

  pickWeighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
    let threshold = this.source() * total
    for (const [item, weight] of entries) {
      threshold -= weight
      if (threshold < 0) return item
    }
    const last = entries[entries.length - 1]
    if (last === undefined) throw new Error('pickWeighted() needs at least one entry')
    return last[0]
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items]
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.source() * (i + 1))
      const a = getAt(copy, i)
      copy[i] = getAt(copy, j)
      copy[j] = a
    }
    return copy
  }

  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, count))
  }
}
