import { script, style } from 'virtual:request-page'
import { RequestPageData } from '../../../shared/domain/requests/formats'
import { composeRequestPage } from '../../../shared/domain/requests/page-html'

/**
 * The self-contained HTML file an employee answers a request in: the page data checked against
 * its schema (so every question has its defaults), the page program and its style inline.
 */
export function buildRequestPageHtml(data: RequestPageData): string {
  return composeRequestPage(RequestPageData.parse(data), { script, style })
}
