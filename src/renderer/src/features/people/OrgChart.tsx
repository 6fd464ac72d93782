import { useLiveQuery } from 'dexie-react-hooks'
import { Network } from 'lucide-react'
import { useMemo } from 'react'
import { buildOrgTree, type OrgNode } from '../../../../shared/domain/people/org-tree'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { EmptyState } from '../../ui/EmptyState'

function countDescendants(node: OrgNode): number {
  return node.reports.reduce((sum, report) => sum + 1 + countDescendants(report), 0)
}

function OrgBranch(props: { node: OrgNode; depth: number; teamNames: Map<string, string> }) {
  const { node, depth, teamNames } = props
  const { person } = node
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
  return (
    <li>
      {/* Native disclosure: keyboard and screen readers get expand and collapse for free. */}
      <details open={depth < 2}>
        <summary>
          {card}
          <span className="org-count">
            {countDescendants(node)} {countDescendants(node) === 1 ? 'person' : 'people'}
          </span>
        </summary>
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
      </details>
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
