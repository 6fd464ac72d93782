import type { ScaleLevel } from '../../model'
import { cleanCell, toSkillKey } from './text'
import type { LevelReading } from './types'

/** The Level schema's range, used when a workspace has no scale yet. */
const fallbackLevels = Array.from({ length: 11 }, (_, level) => level)

/** "3", "3.0" (Excel writes whole numbers so after a calculation). */
const wholeNumber = /^(\d{1,3})(?:[.,]0+)?$/u
const fraction = /^\d+[.,]\d+$/u
/** "3 - Practitioner", "3: Practitioner", "3 (Practitioner)", "Practitioner (3)". */
const numberThenLabel = /^(\d{1,3})\s*(?:[-–—:.]\s*|\(\s*)?([^\d()]+?)\s*\)?$/u
const labelThenNumber = /^([^\d()]+?)\s*\(\s*(\d{1,3})\s*\)$/u

/**
 * Reads level cells against the workspace's scale: a number on the scale, a level's label in any
 * letter case ("practitioner"), or both ("3 - Practitioner") when they agree. A blank cell means
 * "no change", never level 0: a spreadsheet leaves a cell blank for "not assessed".
 */
export function createLevelReader(scale: readonly ScaleLevel[]): (text: string) => LevelReading {
  const levels = scale.length > 0 ? scale.map((step) => step.level).sort((a, b) => a - b) : null
  const onScale = new Set(levels ?? fallbackLevels)
  const byLabel = new Map(scale.map((step) => [toSkillKey(step.label), step.level]))
  const range = levels ? `${levels[0] ?? 0}–${levels.at(-1) ?? 0}` : '0–10'
  const labels = scale.map((step) => step.label).join(', ')
  const expected = labels ? `${range} or one of ${labels}` : range

  const readNumber = (digits: string, text: string): LevelReading => {
    const level = Number(digits)
    return onScale.has(level)
      ? { kind: 'level', level }
      : { kind: 'invalid', message: `'${text}' is not on the scale (${range}).` }
  }

  return (value) => {
    const text = cleanCell(value)
    if (text === '') return { kind: 'blank' }
    const number = wholeNumber.exec(text)
    if (number?.[1] !== undefined) return readNumber(number[1], text)
    if (fraction.test(text)) {
      return {
        kind: 'invalid',
        message: `'${text}' falls between two levels: write a whole level (${range}).`,
      }
    }
    const labelled = byLabel.get(toSkillKey(text))
    if (labelled !== undefined) return { kind: 'level', level: labelled }
    const both = numberThenLabel.exec(text) ?? swap(labelThenNumber.exec(text))
    if (both?.[1] !== undefined && both[2] !== undefined) {
      const fromNumber = readNumber(both[1], text)
      const fromLabel = byLabel.get(toSkillKey(both[2]))
      if (fromNumber.kind === 'level' && fromLabel === fromNumber.level) return fromNumber
      if (fromNumber.kind === 'level' && fromLabel !== undefined) {
        return {
          kind: 'invalid',
          message: `'${text}' says two levels (${fromNumber.level} and ${fromLabel}): keep one.`,
        }
      }
    }
    return { kind: 'invalid', message: `'${text}' is not a level: write ${expected}.` }
  }
}

/** Puts "Label (3)" in the order of "3 (Label)". */
function swap(match: RegExpExecArray | null): [string, string, string] | null {
  if (match?.[1] === undefined || match[2] === undefined) return null
  return [match[0], match[2], match[1]]
}
