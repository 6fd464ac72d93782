import { useMemo } from 'react'
import { requestKindLabels, summarizeRequest } from '../../../../shared/domain/requests'
import type { RequestsData } from '../../db/repositories/requests'
import { DataTable } from '../../ui/DataTable'
import { formatDate, todayIso } from '../../ui/format'
import { describePeopleAsked, describeRequestState } from './request-text'

/** Every request, newest first; the title opens its detail. */
export function RequestList(props: { data: RequestsData }) {
  const { data } = props
  const today = todayIso()
  const rows = useMemo(
    () =>
      [...data.requests]
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.title.localeCompare(b.title))
        .map((request) => ({
          request,
          summary: summarizeRequest(request, data.responses, today),
        })),
    [data, today],
  )
  return (
    <DataTable
      className="requests-table"
      columns={['Request', 'Kind', 'People asked', 'Due', 'Expires', 'State']}
    >
      {rows.map(({ request, summary }) => (
        <tr key={request.id}>
          <td>
            <a href={`#/requests/${encodeURIComponent(request.id)}`} className="request-link">
              {request.title}
            </a>
          </td>
          <td>{requestKindLabels[request.kind]}</td>
          <td>{describePeopleAsked(request, data.people)}</td>
          <td>{formatDate(request.dueDate)}</td>
          <td>{formatDate(request.expiresOn)}</td>
          <td>
            <span className={`request-state request-state-${summary.state}`}>
              {describeRequestState(request, summary)}
            </span>
          </td>
        </tr>
      ))}
    </DataTable>
  )
}
