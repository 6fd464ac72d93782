import { useLiveQuery } from 'dexie-react-hooks'
import { Download, Sprout } from 'lucide-react'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { EmptyState } from '../../ui/EmptyState'
import { PageHeader } from '../../ui/PageHeader'
import { exportCurrentWorkspace } from '../workspaces/workspace-actions'
import type { AreaScreenContent } from './area-screens'

/** A screen whose tools are not built yet: says what it will hold and what this workspace already has. */
export function AreaScreen(props: { area: AreaScreenContent }) {
  const { area } = props
  const { db } = useCurrentWorkspace()
  const counts = useLiveQuery(
    () => Promise.all(area.counts.map((entry) => db.table(entry.table).count())),
    [db, area],
  )
  const summary = counts
    ?.map((value, index) => {
      const entry = area.counts[index]!
      return `${value} ${value === 1 ? entry.singular : entry.plural}`
    })
    .join(' · ')

  return (
    <div className="page">
      <PageHeader title={area.title} description={area.purpose} />
      <EmptyState
        icon={Sprout}
        title={`The ${area.title.toLowerCase()} tools are on their way`}
        actions={
          <button type="button" className="button" onClick={() => void exportCurrentWorkspace()}>
            <Download size={16} aria-hidden /> Export workspace as JSON
          </button>
        }
      >
        <p>This screen will hold:</p>
        <ul className="checklist">
          {area.willHold.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="area-counts">
          In this workspace now: <strong>{summary ?? '…'}</strong>. These records are kept safe and
          can be exported at any time.
        </p>
      </EmptyState>
    </div>
  )
}
