import { AssessmentSource, type Assessment } from '../../model'

/**
 * Assessments as columns: one structured clone of a few arrays instead of one object per
 * record. Reading 100,000 assessment records from IndexedDB takes over a second in Chromium;
 * reading them packed into one record takes a few milliseconds.
 */
export interface PackedAssessments {
  format: 1
  count: number
  ids: string[]
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
    format: 1,
    count,
    ids: new Array<string>(count),
    dictionary,
    personIds: new Uint32Array(count),
    skillIds: new Uint32Array(count),
    dates: new Uint32Array(count),
    assessorIds: new Uint32Array(count),
    notes: new Uint32Array(count),
    levels: new Uint8Array(count),
    sources: new Uint8Array(count),
  }
  assessments.forEach((assessment, i) => {
    packed.ids[i] = assessment.id
    packed.personIds[i] = intern(assessment.personId)
    packed.skillIds[i] = intern(assessment.skillId)
    packed.dates[i] = intern(assessment.date)
    packed.assessorIds[i] = assessment.assessorId === null ? missing : intern(assessment.assessorId)
    packed.notes[i] = intern(assessment.note)
    packed.levels[i] = assessment.level
    packed.sources[i] = sourceList.indexOf(assessment.source)
  })
  return packed
}

/** The records back, or null when the value is not a packing this code wrote. */
export function unpackAssessments(value: unknown): Assessment[] | null {
  if (!isPacked(value)) return null
  const { dictionary } = value
  const records = new Array<Assessment>(value.count)
  for (let i = 0; i < value.count; i += 1) {
    const source = sourceList[value.sources[i]!]
    const personId = dictionary[value.personIds[i]!]
    const skillId = dictionary[value.skillIds[i]!]
    const date = dictionary[value.dates[i]!]
    const note = dictionary[value.notes[i]!]
    const assessorIndex = value.assessorIds[i]!
    const assessorId = assessorIndex === missing ? null : dictionary[assessorIndex]
    if (
      source === undefined ||
      personId === undefined ||
      skillId === undefined ||
      date === undefined ||
      note === undefined ||
      assessorId === undefined
    )
      return null
    records[i] = {
      id: value.ids[i]!,
      personId,
      skillId,
      level: value.levels[i]!,
      date,
      source,
      assessorId,
      note,
    }
  }
  return records
}

/** Whether `value` is a packing this code wrote (its shape; the records are checked on unpacking). */
export function isPacked(value: unknown): value is PackedAssessments {
  if (typeof value !== 'object' || value === null) return false
  const packed = value as Partial<PackedAssessments>
  const count = packed.count
  return (
    packed.format === 1 &&
    typeof count === 'number' &&
    Array.isArray(packed.ids) &&
    Array.isArray(packed.dictionary) &&
    packed.ids.length === count &&
    [
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
