import {
  findLatestAnswer,
  toAspirationsView,
  toSelfReviewView,
  type AnsweredRequest,
  type AspirationsView,
  type SelfReviewView,
} from '../../../../shared/domain/requests/answers-view'
import type { RequestKind } from '../../../../shared/model'
import type { WorkspaceDb } from '../workspace-db'

/** The responses a person sent, each with its request, of one kind. */
export async function readAnsweredRequests(
  db: WorkspaceDb,
  personId: string,
  kind: RequestKind,
): Promise<AnsweredRequest[]> {
  const responses = await db.responses.where('personId').equals(personId).toArray()
  const requests = await db.requests.bulkGet([...new Set(responses.map((r) => r.requestId))])
  const byId = new Map(requests.flatMap((r) => (r ? [[r.id, r] as const] : [])))
  return responses.flatMap((response) => {
    const request = byId.get(response.requestId)
    return request?.kind === kind ? [{ request, response }] : []
  })
}

/** The person's latest self-review for a review cycle, in their words; null when none came back. */
export async function readSelfReviewAnswer(
  db: WorkspaceDb,
  personId: string,
  cycleId: string,
): Promise<SelfReviewView | null> {
  const answered = await readAnsweredRequests(db, personId, 'self-review')
  const latest = findLatestAnswer(answered, (item) => item.request.cycleId === cycleId)
  return latest ? toSelfReviewView(latest, await db.people.toArray()) : null
}

/** The person's latest aspirations response; null when none came back. */
export async function readAspirationsAnswer(
  db: WorkspaceDb,
  personId: string,
): Promise<AspirationsView | null> {
  const answered = await readAnsweredRequests(db, personId, 'aspirations')
  const latest = findLatestAnswer(answered, () => true)
  return latest ? toAspirationsView(latest, await db.roleProfiles.toArray()) : null
}
