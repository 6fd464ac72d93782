import { isFormulaLike } from '../csv/write'
import { cleanText } from '../roster-import/text'

/**
 * A cell as the user meant it: tidied, and without the apostrophe Trellis's own CSV export puts
 * before a cell that a spreadsheet would run as a formula, so an exported file reads back the same.
 */
export function cleanCell(value: string | undefined): string {
  const text = cleanText(value)
  return text.startsWith("'") && isFormulaLike(text.slice(1)) ? text.slice(1) : text
}

/**
 * The form skill names and level labels are compared in: letters and digits only, accents and
 * case ignored, so `Pick & pack`, `pick and pack` and `PICK-AND-PACK` agree. `+` and `#` are
 * kept as words, so `C++`, `C#` and `C` stay apart.
 */
export function toSkillKey(value: string): string {
  return cleanCell(value)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/gu, ' and ')
    .replace(/\+/gu, ' plus ')
    .replace(/#/gu, ' sharp ')
    .replace(/[^\p{L}\p{N}]/gu, '')
}

/** Words a spreadsheet writes in the first cell of its row of required levels. */
const requiredLabels: ReadonlySet<string> = new Set(
  [
    'Required',
    'Required level',
    'Required levels',
    'Requirement',
    'Requirements',
    'Target',
    'Target level',
    'Target levels',
    'Expected',
    'Expected level',
    'Minimum',
    'Minimum level',
    'Min level',
  ].map(toSkillKey),
)

export function isRequiredLabel(value: string): boolean {
  const key = toSkillKey(value)
  return key !== '' && requiredLabels.has(key)
}

/** "'a', 'b' and 'c'", for messages. */
export function listQuoted(values: readonly string[]): string {
  const quoted = values.map((value) => `'${value}'`)
  if (quoted.length <= 1) return quoted.join('')
  return `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1) ?? ''}`
}
