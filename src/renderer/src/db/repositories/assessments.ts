import { Aspiration, Assessment } from '../../../../shared/model'
import type { WorkspaceDb } from '../workspace-db'

/** Adds an assessment; earlier ones stay as history. */
export async function recordAssessment(
  db: WorkspaceDb,
  input: Omit<Assessment, 'id'>,
): Promise<Assessment> {
  const assessment = Assessment.parse({ ...input, id: crypto.randomUUID() })
  const scaleTop = await db.scaleLevels.orderBy('level').last()
  if (scaleTop && assessment.level > scaleTop.level) {
    throw new Error(`Level ${assessment.level} is above the top of the scale (${scaleTop.level}).`)
  }
  await db.assessments.add(assessment)
  return assessment
}

/** Every assessment of one person in one skill, oldest first. */
export async function listAssessmentHistory(
  db: WorkspaceDb,
  personId: string,
  skillId: string,
): Promise<Assessment[]> {
  const history = await db.assessments
    .where('[personId+skillId]')
    .equals([personId, skillId])
    .toArray()
  return history.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
}

/** Sets how much a person wants to learn a skill (0-3), creating or replacing their aspiration. */
export async function saveInterest(
  db: WorkspaceDb,
  input: { personId: string; skillId: string; interest: number; comment: string; today: string },
): Promise<void> {
  await db.transaction('rw', db.aspirations, async () => {
    const existing = await db.aspirations
      .where('[personId+skillId]')
      .equals([input.personId, input.skillId])
      .first()
    const record = Aspiration.parse({
      id: existing?.id ?? crypto.randomUUID(),
      personId: input.personId,
      skillId: input.skillId,
      interest: input.interest,
      comment: input.comment,
      updatedAt: input.today,
    })
    await db.aspirations.put(record)
  })
}
