const reservedCharacters = new Set(['/', '\\', ':', '*', '?', '"', '<', '>', '|'])

function isUnsafeCharacter(character: string): boolean {
  return reservedCharacters.has(character) || character.charCodeAt(0) < 32
}

/** A bare file name that every desktop OS accepts: no folders, no reserved or control characters. */
export function isSafeFileName(name: string): boolean {
  return (
    name.trim().length > 0 && ![...name].some(isUnsafeCharacter) && name !== '.' && name !== '..'
  )
}

/** Turns a workspace or person name into a file name by replacing what an OS would refuse. */
export function toSafeFileName(name: string, fallback: string): string {
  const cleaned = [...name]
    .map((character) => (isUnsafeCharacter(character) ? ' ' : character))
    .join('')
  const collapsed = cleaned.replace(/\s+/g, ' ').trim()
  return collapsed.length > 0 ? collapsed : fallback
}
