import { z } from 'zod'
import { Timestamp } from '../../model/common'
import { Answer, Question, RequestContext, RequestKind } from '../../model/requests'
import { IsoDate } from '../../model/common'

/**
 * The two files of the round trip. The request page carries `RequestPageData` as JSON inside
 * the HTML; the page writes a `ResponseDocument`, encrypted with age to `recipient`, as the
 * `.trellis-response` file.
 */

export const requestPageFormat = 'trellis-request'
export const responseFormat = 'trellis-response'
export const responseFileExtension = 'trellis-response'
/** A response file larger than this is refused before it is read. */
export const maxResponseFileBytes = 10 * 1024 * 1024

export const RequestPageData = z.object({
  format: z.literal(requestPageFormat),
  formatVersion: z.literal(1),
  workspaceId: z.string().min(1).max(128),
  requestId: z.string().min(1).max(128),
  token: z.string().uuid(),
  /** The workspace's X25519 recipient (`age1…`). */
  recipient: z.string().regex(/^age1[0-9a-z]{58}$/),
  kind: RequestKind,
  title: z.string().max(200),
  message: z.string().max(2000),
  askedBy: z.string().max(200),
  dueDate: IsoDate,
  expiresOn: IsoDate,
  isAnonymous: z.boolean(),
  context: RequestContext,
  questions: z.array(Question).min(1).max(300),
})
export type RequestPageData = z.infer<typeof RequestPageData>

export const ResponseDocument = z.object({
  format: z.literal(responseFormat),
  formatVersion: z.literal(1),
  workspaceId: z.string().min(1).max(128),
  requestId: z.string().min(1).max(128),
  token: z.string().uuid(),
  /** A UUID the page makes when it saves: the same file imported twice is refused by it. */
  responseId: z.string().uuid(),
  submittedAt: Timestamp,
  answers: z.array(Answer).max(300),
})
export type ResponseDocument = z.infer<typeof ResponseDocument>
