/** How many automatic backups of each workspace the folder keeps: the bounds the main process accepts. */
export const keepLastRange = { min: 1, max: 365 } as const

/** Why the typed number of kept backups cannot be saved, or null. */
export function findKeepLastProblem(typed: string): string | null {
  const value = Number(typed)
  const isInRange =
    typed.trim() !== '' &&
    Number.isInteger(value) &&
    value >= keepLastRange.min &&
    value <= keepLastRange.max
  return isInRange
    ? null
    : `Keep between ${keepLastRange.min} and ${keepLastRange.max} backups, as a whole number.`
}
