import './requests.css'
import { Inbox } from 'lucide-react'
import { useState } from 'react'
import { useRoutePath } from '../../app/router'
import { useUiStore } from '../../app/ui-store'
import { EmptyState } from '../../ui/EmptyState'
import { PageHeader } from '../../ui/PageHeader'
import { Tabs, type TabItem } from '../../ui/Tabs'
import { RequestDetail } from './RequestDetail'
import { RequestList } from './RequestList'
import { PulseView } from './pulse'
import { useRequestsData } from './use-requests'

type RequestsView = 'requests' | 'pulse'

const views: TabItem<RequestsView>[] = [
  { id: 'requests', label: 'Requests' },
  { id: 'pulse', label: 'Pulse' },
]

const description =
  'Ask people for what only they can say: a self-review, their 1:1 prep, their aspirations, feedback on a colleague, their view of a training, or a team pulse. Each person gets a file to open in any browser; their answer comes back as a file only this workspace can read.'

export function RequestsScreen() {
  const data = useRequestsData()
  // `#/requests/<request id>` opens that request (the dashboard and the New request dialog link here).
  const [, , requestId = ''] = useRoutePath().split('/').map(decodeURIComponent)
  const [view, setView] = useState<RequestsView>('requests')
  const openRequestDialog = useUiStore((state) => state.openRequestDialog)
  const request = data?.requests.find((r) => r.id === requestId)

  if (data && requestId && request) return <RequestDetail data={data} request={request} />

  const newButton = (
    <button
      type="button"
      className="button button-primary"
      onClick={() => openRequestDialog({ kind: 'self-review' })}
    >
      New request…
    </button>
  )
  const list = !data ? null : data.requests.length === 0 ? (
    <EmptyState icon={Inbox} title="No requests yet" actions={newButton}>
      <p>
        A request asks someone for their own view: you choose what to ask and who, Trellis saves a
        file per person, and you send each their file. They answer in their browser, offline, and
        send back a response file that only this workspace can open.
      </p>
    </EmptyState>
  ) : (
    <RequestList data={data} />
  )
  return (
    <div className="page requests-page" aria-busy={!data} data-ready={data ? 'true' : undefined}>
      <PageHeader
        title="Requests"
        description={description}
        actions={data && data.requests.length > 0 ? newButton : undefined}
      />
      {data && requestId && !request ? (
        <p role="status" className="muted">
          That request no longer exists: it may have been deleted. Here are the others.
        </p>
      ) : null}
      <Tabs label="Request views" tabs={views} selected={view} onSelect={setView}>
        {view === 'pulse' ? <PulseView /> : list}
      </Tabs>
    </div>
  )
}
