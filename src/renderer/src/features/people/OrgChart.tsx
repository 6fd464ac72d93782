import { useLiveQuery } from 'dexie-react-hooks'
import { ChevronRight, Network } from 'lucide-react'
import { useMemo, useState } from 'react'
import { buildOrgTree, type OrgNode } from '../../../../shared/domain/people/org-tree'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { EmptyState } from '../../ui/EmptyState'
import { IconButton } from '../../ui/IconButton'

function countDescendants(node: OrgNode): number {
  return node.reports.reduce((sum, report) => sum + 1 + countDescendants(report), 0)
}

function OrgBranch(props: { node: OrgNode; depth: number; teamNames: Map<string, string> }) {
  const { node, depth, teamNames } = props
  const { person } = node
  const [isOpen, setOpen] = useState(depth < 2)
  const card = (
    <span className="org-card">
      <a href={`#/people/${encodeURIComponent(person.id)}`}>{person.displayName}</a>
      <span className="muted">
        {[person.title, person.teamId ? teamNames.get(person.teamId) : null]
          .filter(Boolean)
          .join(' · ')}
      </span>
    </span>
  )
  if (node.reports.length === 0) return <li className="org-leaf">{card}</li>
  const count = countDescendants(node)
  return (
    <li>
      {/* The disclosure is a button of its own beside the card: a link inside a summary would be a
          control inside a control, which screen readers cannot reach reliably. */}
      <div className="org-row">
        <IconButton
          className="org-toggle"
          icon={ChevronRight}
          label={`People under ${person.displayName}`}
          aria-expanded={isOpen}
          onClick={() => setOpen(!isOpen)}
        />
        {card}
        <span className="org-count">
          {count} {count === 1 ? 'person' : 'people'}
        </span>
      </div>
      {isOpen ? (
        <ul className="org-list">
          {node.reports.map((report) => (
            <OrgBranch
              key={report.person.id}
              node={report}
              depth={depth + 1}
              teamNames={teamNames}
            />
          ))}
        </ul>
      ) : null}
    </li>
  )
}

export function OrgChart() {
  const { db } = useCurrentWorkspace()
  const people = useLiveQuery(() => db.people.toArray(), [db])
  const teams = useLiveQuery(() => db.teams.toArray(), [db], [])
  const forest = useMemo(() => (people ? buildOrgTree(people) : []), [people])
  const teamNames = useMemo(() => new Map(teams.map((team) => [team.id, team.name])), [teams])
  if (!people) return null
  if (forest.length === 0) {
    return (
      <EmptyState icon={Network} title="No manager line yet">
        <p>
          Give people a manager, by hand or with a Manager column in an import, and the org chart
          draws itself.
        </p>
      </EmptyState>
    )
  }
  return (
    <ul className="org-list org-root" aria-label="Org chart">
      {forest.map((node) => (
        <OrgBranch key={node.person.id} node={node} depth={0} teamNames={teamNames} />
      ))}
    </ul>
  )
}
