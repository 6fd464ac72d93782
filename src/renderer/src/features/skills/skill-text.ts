import type { DemandSource } from '../../../../shared/model'

/** "1 assessment", "3 assessments". */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`
}

export const demandSourceLabels: Record<DemandSource, string> = {
  role: 'The role itself',
  'business-goal': 'A business goal',
  'review-problem': 'A problem seen in reviews',
  aspiration: 'An aspiration',
}

/** Case- and accent-blind matching for the search boxes. */
export function matchesSearch(search: string, ...texts: string[]): boolean {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase()
  const needle = fold(search.trim())
  return needle === '' || texts.some((text) => fold(text).includes(needle))
}
