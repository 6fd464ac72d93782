import type { MatrixData } from './load-matrix-data'

export interface MatrixFilterState {
  teamId: string
  roleId: string
  categoryId: string
  isOnlyGaps: boolean
  isOnlyCritical: boolean
  sort: 'team' | 'name' | 'total-gap'
}

export function MatrixFilters(props: {
  data: MatrixData
  filters: MatrixFilterState
  onChange: (next: MatrixFilterState) => void
}) {
  const { data, filters, onChange } = props
  const set = <K extends keyof MatrixFilterState>(key: K, value: MatrixFilterState[K]) =>
    onChange({ ...filters, [key]: value })
  const byName = <T extends { name: string }>(items: T[]) =>
    [...items].sort((a, b) => a.name.localeCompare(b.name))
  return (
    <div className="toolbar">
      <div className="field">
        <label htmlFor="matrix-team">Team</label>
        <select
          id="matrix-team"
          value={filters.teamId}
          onChange={(event) => set('teamId', event.target.value)}
        >
          <option value="all">All teams</option>
          {byName(data.teams).map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="matrix-role">Role</label>
        <select
          id="matrix-role"
          value={filters.roleId}
          onChange={(event) => set('roleId', event.target.value)}
        >
          <option value="all">All roles</option>
          {byName(data.roles).map((role) => (
            <option key={role.id} value={role.id}>
              {role.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="matrix-category">Category</label>
        <select
          id="matrix-category"
          value={filters.categoryId}
          onChange={(event) => set('categoryId', event.target.value)}
        >
          <option value="all">All categories</option>
          {data.categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="matrix-sort">Sort people</label>
        <select
          id="matrix-sort"
          value={filters.sort}
          onChange={(event) => set('sort', event.target.value as MatrixFilterState['sort'])}
        >
          <option value="team">By team, then name</option>
          <option value="name">By name</option>
          <option value="total-gap">Largest total gap first</option>
        </select>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={filters.isOnlyGaps}
          onChange={(event) => set('isOnlyGaps', event.target.checked)}
        />
        Only gaps
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={filters.isOnlyCritical}
          onChange={(event) => set('isOnlyCritical', event.target.checked)}
        />
        Only critical skills
      </label>
    </div>
  )
}
