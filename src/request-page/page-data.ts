import type { RequestPageData } from '../shared/domain/requests/formats'
import { requestPageDataElementId } from '../shared/domain/requests/page-html'

/**
 * The request the page carries. Trellis checked it with its schema when it wrote the page; this
 * only makes sure the file was not cut short or edited into something the page cannot show.
 */
export function readPageData(doc: Document): RequestPageData | null {
  const text = doc.getElementById(requestPageDataElementId)?.textContent
  if (!text) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof parsed !== 'object' || parsed === null) return null
  const data = parsed as Partial<RequestPageData>
  const isReadable =
    data.format === 'trellis-request' &&
    data.formatVersion === 1 &&
    typeof data.recipient === 'string' &&
    typeof data.title === 'string' &&
    typeof data.askedBy === 'string' &&
    typeof data.context === 'object' &&
    Array.isArray(data.questions) &&
    data.questions.length > 0
  return isReadable ? (data as RequestPageData) : null
}
