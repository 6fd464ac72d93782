import { CheckboxField, SelectField, toOptions } from '../../ui/form'
import type { MatrixData } from '../../db/repositories/matrix-data'

export interface MatrixFilterState {
  teamId: string
  roleId: string
  categoryId: string
  isOnlyGaps: boolean
  isOnlyCritical: boolean
  sort: 'team' | 'name' | 'total-gap'
  /** Which assessments count as the current level: the latest manager one, or the latest of any source. */
  matrixSource: 'manager' | 'any'
}

const sortOptions = [
  { value: 'team', label: 'By team, then name' },
  { value: 'name', label: 'By name' },
  { value: 'total-gap', label: 'Largest total gap first' },
]

export function MatrixFilters(props: {
  data: MatrixData
  filters: MatrixFilterState
  onChange: (next: MatrixFilterState) => void
}) {
  const { data, filters, onChange } = props
  const set = <K extends keyof MatrixFilterState>(key: K, value: MatrixFilterState[K]) =>
    onChange({ ...filters, [key]: value })
  return (
    <div className="toolbar">
      <SelectField
        id="matrix-team"
        label="Team"
        value={filters.teamId}
        options={toOptions(data.teams, { value: 'all', label: 'All teams' })}
        onChange={(value) => set('teamId', value)}
      />
      <SelectField
        id="matrix-role"
        label="Role"
        value={filters.roleId}
        options={toOptions(data.roles, { value: 'all', label: 'All roles' })}
        onChange={(value) => set('roleId', value)}
      />
      <SelectField
        id="matrix-category"
        label="Category"
        value={filters.categoryId}
        options={[
          { value: 'all', label: 'All categories' },
          ...data.categories.map((category) => ({ value: category.id, label: category.name })),
        ]}
        onChange={(value) => set('categoryId', value)}
      />
      <SelectField
        id="matrix-sort"
        label="Sort people"
        value={filters.sort}
        options={sortOptions}
        onChange={(value) => set('sort', value as MatrixFilterState['sort'])}
      />
      <SelectField
        id="matrix-source"
        label="Current level from"
        value={filters.matrixSource}
        options={[
          { value: 'manager', label: 'Latest manager assessment' },
          { value: 'any', label: 'Latest assessment, any source' },
        ]}
        onChange={(value) => set('matrixSource', value as MatrixFilterState['matrixSource'])}
      />
      <CheckboxField
        label="Only gaps"
        checked={filters.isOnlyGaps}
        onChange={(checked) => set('isOnlyGaps', checked)}
      />
      <CheckboxField
        label="Only critical skills"
        checked={filters.isOnlyCritical}
        onChange={(checked) => set('isOnlyCritical', checked)}
      />
    </div>
  )
}
