import { describe, expect, it } from 'vitest'
import {
  describeCheckSummary,
  describeImportButton,
  describeImported,
  describeUndone,
} from './response-text'

describe('the import dialog sentences', () => {
  it('says how many files can be imported and how many were refused', () => {
    expect(describeCheckSummary(3, 2)).toBe(
      '3 files can be imported; 2 were refused and will not change anything.',
    )
    expect(describeCheckSummary(1, 1)).toBe(
      '1 file can be imported; 1 was refused and will not change anything.',
    )
    expect(describeCheckSummary(4, 0)).toBe('4 files can be imported.')
    expect(describeCheckSummary(1, 0)).toBe('The file can be imported.')
  })

  it('says nothing was imported when no file can be', () => {
    expect(describeCheckSummary(0, 1)).toBe('The file cannot be imported, so nothing was imported.')
    expect(describeCheckSummary(0, 3)).toBe(
      'None of the 3 files can be imported, so nothing was imported.',
    )
  })

  it('counts the responses on the button, the toast and the undo', () => {
    expect(describeImportButton(1)).toBe('Import 1 response')
    expect(describeImportButton(3)).toBe('Import 3 responses')
    expect(describeImported(3, 0)).toBe('Imported 3 responses.')
    expect(describeImported(1, 2)).toBe(
      'Imported 1 response. 2 files were refused and changed nothing.',
    )
    expect(describeUndone(2, 0)).toBe(
      'Undone: the 2 responses and everything they changed are taken out again.',
    )
    expect(describeUndone(2, 1)).toBe(
      'Undone, except 1 record changed since the import, kept as it is now.',
    )
  })
})
