import {
  EvaluationAssumptions,
  Evaluation,
  type TrainingInitiative,
} from '../../../../shared/model'
import type { ReactionCsvRow } from '../../../../shared/domain/evaluation/reaction-csv'
import type { WorkspaceDb } from '../workspace-db'
import { parseRecord } from './record-checks'

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never

/** An evaluation to save; without an id, the one of the same kind for the enrolment is replaced. */
export type EvaluationInput = DistributiveOmit<Evaluation, 'id'> & { id?: string }

/**
 * Saves one level of an enrolment's evaluation. Each enrolment keeps one record per level (per
 * KPI for results): saving again replaces it. Returns the saved record and the one it replaced,
 * so the caller can offer undo.
 */
export async function saveEvaluation(
  db: WorkspaceDb,
  input: EvaluationInput,
): Promise<{ saved: Evaluation; replaced: Evaluation | null }> {
  return db.transaction('rw', db.evaluations, db.enrolments, async () => {
    const enrolment = await db.enrolments.get(input.enrolmentId)
    if (!enrolment) throw new Error('That enrolment no longer exists.')
    const siblings = await db.evaluations.where('enrolmentId').equals(input.enrolmentId).toArray()
    const replaced =
      (input.id !== undefined
        ? siblings.find((evaluation) => evaluation.id === input.id)
        : siblings.find(
            (evaluation) =>
              evaluation.kind === input.kind &&
              (evaluation.kind !== 'results' ||
                input.kind !== 'results' ||
                evaluation.kpiId === input.kpiId),
          )) ?? null
    const saved = parseRecord(
      Evaluation,
      { ...input, id: replaced?.id ?? input.id ?? crypto.randomUUID() },
      'evaluation',
    )
    await db.evaluations.put(saved)
    return { saved, replaced }
  })
}

/** Removes an evaluation; returns it so it can be put back. */
export async function deleteEvaluation(db: WorkspaceDb, id: string): Promise<Evaluation | null> {
  return db.transaction('rw', db.evaluations, async () => {
    const existing = (await db.evaluations.get(id)) ?? null
    if (existing) await db.evaluations.delete(id)
    return existing
  })
}

/** Puts back what a save replaced or a delete removed (undo). */
export async function restoreEvaluation(
  db: WorkspaceDb,
  previous: Evaluation | null,
  savedId: string | null,
): Promise<void> {
  await db.transaction('rw', db.evaluations, async () => {
    if (savedId !== null) await db.evaluations.delete(savedId)
    if (previous) await db.evaluations.put(previous)
  })
}

/** Every evaluation of an enrolment, oldest first. */
export async function listEnrolmentEvaluations(
  db: WorkspaceDb,
  enrolmentId: string,
): Promise<Evaluation[]> {
  const list = await db.evaluations.where('enrolmentId').equals(enrolmentId).toArray()
  return list.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind))
}

/** Stores the ROI assumptions of a training; returns the previous ones for undo. */
export async function saveEvaluationAssumptions(
  db: WorkspaceDb,
  initiativeId: string,
  assumptions: EvaluationAssumptions,
): Promise<EvaluationAssumptions> {
  const valid = parseRecord(EvaluationAssumptions, assumptions, 'assumptions')
  return db.transaction('rw', db.initiatives, async () => {
    const initiative: TrainingInitiative | undefined = await db.initiatives.get(initiativeId)
    if (!initiative) throw new Error('That training no longer exists.')
    await db.initiatives.put({ ...initiative, evaluationAssumptions: valid })
    return initiative.evaluationAssumptions
  })
}

export type ReactionRow = ReactionCsvRow

export interface ReactionImportResult {
  saved: number
  problems: { row: number; message: string }[]
}

/**
 * Saves reaction surveys for one training from already-read rows; a row whose person is not
 * enrolled, or whose answers are out of range, is reported and skipped.
 */
export async function importReactionSurveys(
  db: WorkspaceDb,
  initiativeId: string,
  rows: readonly ReactionRow[],
): Promise<ReactionImportResult> {
  const enrolments = await db.enrolments.where('initiativeId').equals(initiativeId).toArray()
  const people = await db.people.bulkGet(enrolments.map((enrolment) => enrolment.personId))
  const key = (text: string) => text.trim().toLocaleLowerCase()
  const enrolmentOf = new Map<string, string>()
  enrolments.forEach((enrolment, index) => {
    const person = people[index]
    if (!person || enrolment.status === 'withdrawn') return
    for (const name of [person.displayName, person.email, person.employeeId ?? '']) {
      if (name.trim() !== '') enrolmentOf.set(key(name), enrolment.id)
    }
  })
  const problems: ReactionImportResult['problems'] = []
  const records: Evaluation[] = []
  const existing = await db.evaluations
    .where('enrolmentId')
    .anyOf(enrolments.map((enrolment) => enrolment.id))
    .filter((evaluation) => evaluation.kind === 'reaction')
    .toArray()
  const existingId = new Map(existing.map((evaluation) => [evaluation.enrolmentId, evaluation.id]))
  rows.forEach((row, index) => {
    const enrolmentId = enrolmentOf.get(key(row.person))
    if (!enrolmentId) {
      problems.push({
        row: row.row ?? index + 1,
        message: `“${row.person}” is not enrolled in this training.`,
      })
      return
    }
    const parsed = Evaluation.safeParse({
      id: existingId.get(enrolmentId) ?? crypto.randomUUID(),
      enrolmentId,
      date: row.date,
      note: row.comment,
      kind: 'reaction',
      relevance: row.relevance,
      engagement: row.engagement,
      wouldRecommend: row.wouldRecommend,
    })
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      problems.push({
        row: row.row ?? index + 1,
        message: `${issue?.path.join('.') ?? 'row'}: ${issue?.message ?? 'not valid'}`,
      })
      return
    }
    records.push(parsed.data)
  })
  await db.evaluations.bulkPut(records)
  return { saved: records.length, problems }
}
