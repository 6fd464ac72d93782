import { findRecipientState, type RequestSummary } from '../../../../shared/domain/requests'
import type { InputRequest, RequestRecipient } from '../../../../shared/model'
import type { RequestsData } from '../../db/repositories/requests'
import { DataTable } from '../../ui/DataTable'
import { formatDate, todayIso } from '../../ui/format'
import { describeRecipientState } from './request-text'

/** Per file: whom it is for, where it stands, when it was last saved, and a reminder. */
export function RecipientTable(props: {
  data: RequestsData
  request: InputRequest
  summary: RequestSummary
  isDisabled: boolean
  onExport: (recipient: RequestRecipient) => void
}) {
  const { data, request, summary } = props
  const today = todayIso()
  const isPulse = request.kind === 'team-pulse'
  const nameOf = (recipient: RequestRecipient) =>
    data.people.find((p) => p.id === recipient.personId)?.displayName ??
    recipient.context.personName
  const teamNames = [
    ...new Set(
      request.audiencePersonIds
        .map((id) => data.people.find((p) => p.id === id)?.teamId)
        .map((teamId) => data.teams.find((t) => t.id === teamId)?.name)
        .filter((name): name is string => name !== undefined),
    ),
  ]
  const rate = summary.responseRate === null ? '' : ` (${Math.round(summary.responseRate * 100)}%)`
  return (
    <section aria-labelledby="request-files">
      <h2 id="request-files">{isPulse ? 'The team’s file' : 'People asked'}</h2>
      <DataTable
        className="requests-table"
        columns={[isPulse ? 'Team' : 'Person', isPulse ? 'Responses' : 'State', 'Last exported']}
        hasActions
      >
        {request.recipients.map((recipient) => {
          const state = findRecipientState(request, recipient, today)
          const who = isPulse
            ? `${teamNames.join(', ') || 'The team'} · ${summary.total} people`
            : nameOf(recipient)
          return (
            <tr key={recipient.token}>
              <td>{who}</td>
              <td>
                {isPulse
                  ? `${summary.responseCount} of ${summary.total}${rate} · ${describeRecipientState(state, recipient, formatDate)}`
                  : describeRecipientState(state, recipient, formatDate)}
              </td>
              <td>
                {recipient.exportedAt ? (
                  formatDate(recipient.exportedAt)
                ) : (
                  <span className="muted">Not yet</span>
                )}
              </td>
              <td>
                {state === 'exported' || (isPulse && recipient.exportedAt !== null) ? (
                  <button
                    type="button"
                    className="button"
                    disabled={props.isDisabled}
                    aria-label={`Export again as a reminder: ${isPulse ? 'the team' : who}`}
                    onClick={() => props.onExport(recipient)}
                  >
                    Export again as a reminder
                  </button>
                ) : state === 'not-exported' ? (
                  <button
                    type="button"
                    className="button"
                    disabled={props.isDisabled}
                    aria-label={`Export file for ${isPulse ? 'the team' : who}`}
                    onClick={() => props.onExport(recipient)}
                  >
                    Export file
                  </button>
                ) : null}
              </td>
            </tr>
          )
        })}
      </DataTable>
    </section>
  )
}
