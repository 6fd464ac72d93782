import { AssessmentSource, type Assessment } from '../../model'
import { listAssessments, type AssessmentTable } from './assessment-table'

/**
 * Assessments as columns: one structured clone of a few arrays instead of one object per
 * record. Reading 100,000 assessment records from IndexedDB takes over a second in Chromium;
 * reading them packed into one record takes a few milliseconds. The ids are one text (each
 * record's id ends at `idEnds[i]`), so reading the packing makes a handful of objects, not
 * 100,000 strings; readPackedTable reads the records in place.
 */
export interface PackedAssessments {
  format: 2
  count: number
  idText: string
  idEnds: Uint32Array
  /** Distinct values of each repeated text field, and each record's index into them. */
  dictionary: string[]
  personIds: Uint32Array
  skillIds: Uint32Array
  dates: Uint32Array
  assessorIds: Uint32Array
  notes: Uint32Array
  levels: Uint8Array
  sources: Uint8Array
}

const sourceList = AssessmentSource.options
/** Index 0 of the dictionary stands for a missing assessor. */
const missing = 0

export function packAssessments(assessments: readonly Assessment[]): PackedAssessments {
  const dictionary: string[] = ['']
  const indexOf = new Map<string, number>([['', 0]])
  const intern = (value: string): number => {
    let index = indexOf.get(value)
    if (index === undefined) {
      index = dictionary.length
      dictionary.push(value)
      indexOf.set(value, index)
    }
    return index
  }
  const count = assessments.length
  const packed: PackedAssessments = {
    format: 2,
    count,
    idText: '',
    idEnds: new Uint32Array(count),
    dictionary,
    personIds: new Uint32Array(count),
    skillIds: new Uint32Array(count),
    dates: new Uint32Array(count),
    assessorIds: new Uint32Array(count),
    notes: new Uint32Array(count),
    levels: new Uint8Array(count),
    sources: new Uint8Array(count),
  }
  const ids: string[] = []
  let idLength = 0
  assessments.forEach((assessment, i) => {
    ids.push(assessment.id)
    idLength += assessment.id.length
    packed.idEnds[i] = idLength
    packed.personIds[i] = intern(assessment.personId)
    packed.skillIds[i] = intern(assessment.skillId)
    packed.dates[i] = intern(assessment.date)
    packed.assessorIds[i] = assessment.assessorId === null ? missing : intern(assessment.assessorId)
    packed.notes[i] = intern(assessment.note)
    packed.levels[i] = assessment.level
    packed.sources[i] = sourceList.indexOf(assessment.source)
  })
  packed.idText = ids.join('')
  return packed
}

/** The records back, or null when the value is not a packing this code wrote. */
export function unpackAssessments(value: unknown): readonly Assessment[] | null {
  const table = readPackedTable(value)
  return table === null ? null : listAssessments(table)
}

/**
 * The packed records, read in place; null when the value is not a packing this code wrote or
 * any record points outside its dictionary. Checks every record once, without allocating.
 */
export function readPackedTable(value: unknown): AssessmentTable | null {
  if (!isPacked(value)) return null
  const { count, dictionary, idText, idEnds } = value
  const size = dictionary.length
  let previousEnd = 0
  for (let i = 0; i < count; i += 1) {
    const idEnd = idEnds[i]!
    if (
      idEnd < previousEnd ||
      value.personIds[i]! >= size ||
      value.skillIds[i]! >= size ||
      value.dates[i]! >= size ||
      value.notes[i]! >= size ||
      value.assessorIds[i]! >= size ||
      value.sources[i]! >= sourceList.length
    )
      return null
    previousEnd = idEnd
  }
  if (previousEnd !== idText.length) return null
  const text = (column: Uint32Array, index: number): string => dictionary[column[index]!]!
  const id = (index: number): string =>
    idText.slice(index === 0 ? 0 : idEnds[index - 1], idEnds[index])
  const source = (index: number): AssessmentSource => sourceList[value.sources[index]!]!
  return {
    count,
    personId: (index) => text(value.personIds, index),
    skillId: (index) => text(value.skillIds, index),
    level: (index) => value.levels[index]!,
    date: (index) => text(value.dates, index),
    source,
    id,
    get: (index) => {
      const assessorIndex = value.assessorIds[index]!
      return {
        id: id(index),
        personId: text(value.personIds, index),
        skillId: text(value.skillIds, index),
        level: value.levels[index]!,
        date: text(value.dates, index),
        source: source(index),
        assessorId: assessorIndex === missing ? null : dictionary[assessorIndex]!,
        note: text(value.notes, index),
      }
    },
  }
}

/** Whether `value` is a packing this code wrote (its shape; the records are checked on unpacking). */
export function isPacked(value: unknown): value is PackedAssessments {
  if (typeof value !== 'object' || value === null) return false
  const packed = value as Partial<PackedAssessments>
  const count = packed.count
  return (
    packed.format === 2 &&
    typeof count === 'number' &&
    typeof packed.idText === 'string' &&
    Array.isArray(packed.dictionary) &&
    packed.dictionary.every((entry) => typeof entry === 'string') &&
    [
      packed.idEnds,
      packed.personIds,
      packed.skillIds,
      packed.dates,
      packed.assessorIds,
      packed.notes,
      packed.levels,
      packed.sources,
    ].every((column) => ArrayBuffer.isView(column) && (column as Uint8Array).length === count)
  )
}
