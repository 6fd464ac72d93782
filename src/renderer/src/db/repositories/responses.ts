import {
  checkResponseText,
  planResponseLanding,
  type CheckedResponse,
  type LandingPlan,
} from '../../../../shared/domain/requests'
import { tableSchemas } from '../../../../shared/model'
import type { WorkspaceDb } from '../workspace-db'
import { parseRecord } from './record-checks'

/** A response file as main hands it over: its text, or why it could not be read. */
export type ResponseFileInput =
  | { fileName: string; status: 'read'; text: string }
  | { fileName: string; status: 'refused'; reason: string }

export type ResponseImportPlan = {
  /** Every file in the order given: accepted, or refused with the reason. */
  checked: CheckedResponse[]
  landing: LandingPlan
}

/**
 * Checks each file against this workspace's requests and what was imported before, and plans
 * where the accepted answers go. Reads only: the preview shows the plan, the commit writes it.
 */
export async function planResponseImport(
  db: WorkspaceDb,
  files: readonly ResponseFileInput[],
  context: { workspaceId: string; today: string; now: string; formatDate: (d: string) => string },
): Promise<ResponseImportPlan> {
  const data = await db.transaction(
    'r',
    [db.requests, db.responses, db.people, db.skills, db.reviews, db.aspirations, db.checkins],
    async () => ({
      skills: await db.skills.toArray(),
      requests: await db.requests.toArray(),
      responseIds: (await db.responses.toCollection().primaryKeys()) as string[],
      people: await db.people.toArray(),
      reviews: await db.reviews.toArray(),
      aspirations: await db.aspirations.toArray(),
      checkins: await db.checkins.filter((c) => c.status === 'draft').toArray(),
    }),
  )
  const importedResponseIds = new Set(data.responseIds)
  const answeredTokens = new Set<string>()
  const checked = files.map((file): CheckedResponse => {
    if (file.status === 'refused') {
      return { isAccepted: false, fileName: file.fileName, reason: file.reason }
    }
    const result = checkResponseText(file.fileName, file.text, {
      workspaceId: context.workspaceId,
      requests: data.requests,
      importedResponseIds,
      answeredTokens,
      today: context.today,
      formatDate: context.formatDate,
    })
    if (result.isAccepted) {
      importedResponseIds.add(result.document.responseId)
      answeredTokens.add(result.recipient.token)
    }
    return result
  })
  const accepted = checked.filter(
    (c): c is Extract<CheckedResponse, { isAccepted: true }> => c.isAccepted,
  )
  const landing = planResponseLanding(accepted, data, {
    now: context.now,
    newId: () => crypto.randomUUID(),
  })
  return { checked, landing }
}

/**
 * Writes a planned import in one transaction: every accepted response and what it changes, or
 * nothing. A response already imported (by another window meanwhile) fails the whole write.
 */
export async function commitResponseImport(db: WorkspaceDb, plan: LandingPlan): Promise<void> {
  const { writes } = plan
  for (const [table, records] of Object.entries(writes)) {
    const schema = tableSchemas[table as keyof typeof writes]
    for (const record of records as unknown[]) parseRecord(schema, record, 'response')
  }
  await db.transaction(
    'rw',
    [
      db.responses,
      db.requests,
      db.assessments,
      db.reviews,
      db.aspirations,
      db.checkins,
      db.feedback,
      db.evaluations,
    ],
    async () => {
      await db.responses.bulkAdd(writes.responses)
      await db.requests.bulkPut(writes.requests)
      await db.assessments.bulkAdd(writes.assessments)
      await db.reviews.bulkPut(writes.reviews)
      await db.aspirations.bulkPut(writes.aspirations)
      await db.checkins.bulkPut(writes.checkins)
      await db.feedback.bulkAdd(writes.feedback)
      await db.evaluations.bulkAdd(writes.evaluations)
    },
  )
}
