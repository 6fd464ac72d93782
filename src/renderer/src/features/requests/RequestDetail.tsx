import { ArrowLeft } from 'lucide-react'
import { useState } from 'react'
import {
  findRecipientState,
  isRequestOpen,
  requestKindLabels,
  summarizeRequest,
} from '../../../../shared/domain/requests'
import type { InputRequest } from '../../../../shared/model'
import { navigate } from '../../app/router'
import { useCurrentWorkspace } from '../../app/workspace-store'
import type { RequestsData } from '../../db/repositories/requests'
import { PageHeader } from '../../ui/PageHeader'
import { formatDate, todayIso } from '../../ui/format'
import { RecipientTable } from './RecipientTable'
import { describeRequestState } from './request-text'
import {
  confirmCloseRequest,
  confirmDeleteRequest,
  exportRequestFiles,
  reopenRequestWithNotice,
  type ExportProgress,
} from './requests-actions'

/** One request: what it says, its dates, and per file who has answered, with the actions. */
export function RequestDetail(props: { data: RequestsData; request: InputRequest }) {
  const { data, request } = props
  const { db, info } = useCurrentWorkspace()
  const [progress, setProgress] = useState<ExportProgress | null>(null)
  const today = todayIso()
  const summary = summarizeRequest(request, data.responses, today)
  const isOpen = isRequestOpen(request, today)
  const unanswered = request.recipients.filter(
    (r) => request.kind === 'team-pulse' || findRecipientState(request, r, today) !== 'answered',
  )
  const isBusy = progress !== null
  const exportFiles = (recipients: InputRequest['recipients']) =>
    void exportRequestFiles(db, info.id, request, recipients, setProgress)
  const cycle = data.reviewCycles.find((c) => c.id === request.cycleId)
  const subject = data.people.find((p) => p.id === request.subjectPersonId)

  return (
    <div className="page request-detail" data-ready="true">
      <a className="back-link" href="#/requests">
        <ArrowLeft size={16} aria-hidden /> Requests
      </a>
      <PageHeader
        title={request.title}
        description={`${requestKindLabels[request.kind]} · ${describeRequestState(request, summary)}`}
        actions={
          <>
            <button
              type="button"
              className="button button-primary"
              disabled={!isOpen || unanswered.length === 0 || isBusy}
              onClick={() => exportFiles(unanswered)}
            >
              Export files…
            </button>
            <button
              type="button"
              className="button"
              onClick={() =>
                void (request.status === 'open' ? confirmCloseRequest : reopenRequestWithNotice)(
                  db,
                  request,
                )
              }
            >
              {request.status === 'open' ? 'Close request' : 'Reopen request'}
            </button>
            <button
              type="button"
              className="button button-danger"
              onClick={() =>
                void confirmDeleteRequest(db, request).then((isDeleted) => {
                  if (isDeleted) navigate('/requests')
                })
              }
            >
              Delete
            </button>
          </>
        }
      />
      {progress ? (
        <div className="import-progress" role="status">
          <span>
            {progress.step === 'building'
              ? `Preparing file ${progress.done + 1} of ${progress.total}…`
              : `Saving ${progress.total === 1 ? 'the file' : `${progress.total} files`}: choose a folder…`}
          </span>
          <progress max={progress.total} value={progress.done} aria-label="Files prepared" />
        </div>
      ) : null}
      {!isOpen ? (
        <p className="request-note">
          {request.status === 'closed'
            ? 'This request is closed: answers that arrive now are refused on import. Reopen it to take them.'
            : `This request expired on ${formatDate(request.expiresOn)}: its page no longer saves answers and Trellis refuses them on import.`}
        </p>
      ) : null}
      <section className="card request-summary" aria-labelledby="request-about">
        <h2 id="request-about">What it asks</h2>
        <dl className="facts">
          <dt>Why you ask</dt>
          <dd>{request.message || <span className="muted">No message.</span>}</dd>
          <dt>Asked by</dt>
          <dd>{request.askedBy}</dd>
          {cycle ? (
            <>
              <dt>Review cycle</dt>
              <dd>{cycle.name}</dd>
            </>
          ) : null}
          {subject ? (
            <>
              <dt>About</dt>
              <dd>
                {subject.displayName}
                {request.isAnonymous ? ' · rater names hidden' : ''}
              </dd>
            </>
          ) : null}
          {request.recipients[0]?.context.trainingTitle ? (
            <>
              <dt>Training</dt>
              <dd>{request.recipients[0].context.trainingTitle}</dd>
            </>
          ) : null}
          <dt>Created</dt>
          <dd>{formatDate(request.createdAt)}</dd>
          <dt>Due</dt>
          <dd>{formatDate(request.dueDate)}</dd>
          <dt>Expires</dt>
          <dd>{formatDate(request.expiresOn)}</dd>
          <dt>Questions</dt>
          <dd>{request.recipients[0]?.questions.length ?? 0} per file</dd>
        </dl>
      </section>
      <RecipientTable
        data={data}
        request={request}
        summary={summary}
        isDisabled={!isOpen || isBusy}
        onExport={(recipient) => exportFiles([recipient])}
      />
    </div>
  )
}
