import type { Assessment, AssessmentSource } from '../../model'

/**
 * Assessments read by position, without an object per record. The matrix keeps the position of
 * each cell's latest assessment, not the assessment: a model over the packed cache (100,000
 * records) then holds a few typed arrays instead of 100,000 objects, which the garbage collector
 * would otherwise copy and promote while the grid is first scrolled.
 */
export interface AssessmentTable {
  readonly count: number
  personId(index: number): string
  skillId(index: number): string
  level(index: number): number
  date(index: number): string
  source(index: number): AssessmentSource
  id(index: number): string
  /** The whole record, made on demand. */
  get(index: number): Assessment
}

/** What the matrix accepts: records, or a table of them (see packed-assessments.ts). */
export type AssessmentList = readonly Assessment[] | AssessmentTable

export function isAssessmentTable(list: AssessmentList): list is AssessmentTable {
  return !Array.isArray(list)
}

export function tableOfRecords(records: readonly Assessment[]): AssessmentTable {
  const at = (index: number): Assessment => {
    const record = records[index]
    if (record === undefined) throw new RangeError(`No assessment at ${index}.`)
    return record
  }
  return {
    count: records.length,
    personId: (index) => at(index).personId,
    skillId: (index) => at(index).skillId,
    level: (index) => at(index).level,
    date: (index) => at(index).date,
    source: (index) => at(index).source,
    id: (index) => at(index).id,
    get: at,
  }
}

export function toAssessmentTable(list: AssessmentList): AssessmentTable {
  return isAssessmentTable(list) ? list : tableOfRecords(list)
}

/** The base and added records of a table made by appendToTable, so appends do not nest. */
const appendedParts = new WeakMap<
  AssessmentTable,
  { base: AssessmentTable; added: readonly Assessment[] }
>()

/** `table` followed by `added`; `table` itself is left as it was. */
export function appendToTable(
  table: AssessmentTable,
  added: readonly Assessment[],
): AssessmentTable {
  if (added.length === 0) return table
  const parts = appendedParts.get(table)
  const base = parts?.base ?? table
  const all = parts ? [...parts.added, ...added] : [...added]
  const extra = tableOfRecords(all)
  const baseCount = base.count
  const pick =
    <T>(read: (source: AssessmentTable, index: number) => T) =>
    (index: number): T =>
      index < baseCount ? read(base, index) : read(extra, index - baseCount)
  const appended: AssessmentTable = {
    count: baseCount + all.length,
    personId: pick((source, index) => source.personId(index)),
    skillId: pick((source, index) => source.skillId(index)),
    level: pick((source, index) => source.level(index)),
    date: pick((source, index) => source.date(index)),
    source: pick((source, index) => source.source(index)),
    id: pick((source, index) => source.id(index)),
    get: pick((source, index) => source.get(index)),
  }
  appendedParts.set(appended, { base, added: all })
  return appended
}

/** The list with one more record, in the list's own form. */
export function appendAssessment(list: AssessmentList, assessment: Assessment): AssessmentList {
  return isAssessmentTable(list) ? appendToTable(list, [assessment]) : [...list, assessment]
}

/** Every record as an object: the records themselves, or made from the table. */
export function listAssessments(list: AssessmentList): readonly Assessment[] {
  if (!isAssessmentTable(list)) return list
  const records = new Array<Assessment>(list.count)
  for (let index = 0; index < list.count; index += 1) records[index] = list.get(index)
  return records
}
