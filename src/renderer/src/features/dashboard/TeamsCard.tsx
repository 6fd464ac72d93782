import type { TeamOverviewRow } from '../../../../shared/domain/dashboard/team-overview'
import { DataTable } from '../../ui/DataTable'

export function TeamsCard(props: { rows: TeamOverviewRow[] }) {
  return (
    <section className="card" aria-labelledby="teams-title">
      <h2 id="teams-title">Teams</h2>
      <DataTable
        columns={[
          'Team',
          'Lead',
          { label: 'People', isNumeric: true },
          { label: 'With a plan', isNumeric: true },
        ]}
      >
        {props.rows.map((row) => (
          <tr key={row.teamId}>
            <th scope="row">{row.name}</th>
            <td>{row.leadName ?? <span className="muted">No lead set</span>}</td>
            <td className="numeric">{row.headcount}</td>
            <td className="numeric">{row.activePlans}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  )
}
