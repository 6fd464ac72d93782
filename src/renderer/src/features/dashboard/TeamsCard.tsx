import type { TeamOverviewRow } from '../../../../shared/domain/dashboard/team-overview'

export function TeamsCard(props: { rows: TeamOverviewRow[] }) {
  return (
    <section className="card" aria-labelledby="teams-title">
      <h2 id="teams-title">Teams</h2>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Team</th>
            <th scope="col">Lead</th>
            <th scope="col" className="numeric">
              People
            </th>
            <th scope="col" className="numeric">
              With a plan
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.teamId}>
              <th scope="row">{row.name}</th>
              <td>{row.leadName ?? <span className="muted">No lead set</span>}</td>
              <td className="numeric">{row.headcount}</td>
              <td className="numeric">{row.activePlans}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
