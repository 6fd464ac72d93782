import { useLiveQuery } from 'dexie-react-hooks'
import { Briefcase, Plus, Trash2 } from 'lucide-react'
import { useState } from 'react'
import type { BusinessGoal } from '../../../../shared/model'
import { writeWithUndo } from '../../app/undo'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { deleteBusinessGoal } from '../../db/repositories/goals'
import { desktop } from '../../platform'
import { DataTable } from '../../ui/DataTable'
import { EmptyState } from '../../ui/EmptyState'
import { IconButton } from '../../ui/IconButton'
import { notify } from '../../ui/toast-store'
import { BusinessGoalFormDialog } from './BusinessGoalFormDialog'
import { type GoalsData } from './use-goals-data'
import { describeError } from '../../ui/format'

/** Business goals and the skills (level, headcount) they need: the matrix's "business goal" demand. */
export function BusinessGoals(props: { data: GoalsData }) {
  const { data } = props
  const { db } = useCurrentWorkspace()
  const loaded = useLiveQuery(async () => {
    const [records, skills, scale, requirements, overrides] = await Promise.all([
      db.businessGoals.toArray(),
      db.skills.toArray(),
      db.scaleLevels.orderBy('level').toArray(),
      db.roleRequirements.toArray(),
      db.requirementOverrides.toArray(),
    ])
    return { records, skills, scale, requirements, overrides }
  }, [db])
  const [editing, setEditing] = useState<{ record: BusinessGoal | null } | null>(null)
  if (!loaded) return <p className="muted">Loading business goals…</p>
  const skillName = new Map(loaded.skills.map((skill) => [skill.id, skill.name]))
  const levelName = new Map(loaded.scale.map((level) => [level.level, level.label]))
  const usedBy = (id: string): number =>
    loaded.requirements.filter((r) => r.businessGoalId === id).length +
    loaded.overrides.filter((r) => r.businessGoalId === id).length

  const remove = async (record: BusinessGoal): Promise<void> => {
    const { isConfirmed } = await desktop.confirm({
      title: 'Delete business goal',
      message: `Delete “${record.title}”?`,
      detail: 'The skills it names stop counting as business-goal demand.',
      confirmLabel: 'Delete',
      isDestructive: true,
    })
    if (!isConfirmed) return
    try {
      await writeWithUndo(db, () => deleteBusinessGoal(db, record.id), `Deleted “${record.title}”.`)
    } catch (error) {
      notify('error', describeError(error))
    }
  }

  return (
    <div className="business-goals">
      <div className="toolbar">
        <p className="muted business-goals-intro">
          What the business is aiming at and the skills it will take. The skills matrix counts
          required levels that name a business goal as their reason under the “business goal” source
          of demand.
        </p>
        <div className="toolbar-spacer" />
        <button
          type="button"
          className="button button-primary"
          onClick={() => setEditing({ record: null })}
        >
          <Plus size={16} aria-hidden /> Add business goal
        </button>
      </div>
      {loaded.records.length === 0 ? (
        <EmptyState icon={Briefcase} title="No business goals yet">
          <p>
            Add what next year’s targets need, such as “Open a second café”, and name the skills and
            levels it takes.
          </p>
        </EmptyState>
      ) : (
        <DataTable
          className="business-goal-table"
          columns={['Business goal', 'Horizon', 'Skills it needs', 'Linked goal']}
          hasActions
        >
          {loaded.records
            .sort((a, b) => a.title.localeCompare(b.title))
            .map((record) => {
              const linked = data.goals.find((goal) => goal.id === record.goalId)
              const used = usedBy(record.id)
              return (
                <tr key={record.id}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setEditing({ record })}
                    >
                      {record.title}
                    </button>
                    {record.description ? (
                      <span className="business-goal-description muted">{record.description}</span>
                    ) : null}
                    {used > 0 ? (
                      <span className="business-goal-description muted">
                        Reason for {used} required {used === 1 ? 'level' : 'levels'} in the matrix
                      </span>
                    ) : null}
                  </th>
                  <td>{record.horizon || '—'}</td>
                  <td>
                    {record.skillNeeds.length === 0 ? (
                      <span className="muted">None named yet</span>
                    ) : (
                      <ul className="business-goal-skills">
                        {record.skillNeeds.map((need) => (
                          <li key={need.skillId}>
                            {skillName.get(need.skillId) ?? 'A removed skill'} at {need.level}
                            {levelName.get(need.level) ? ` (${levelName.get(need.level)})` : ''}
                            {need.headcount > 1 ? ` × ${need.headcount} people` : ''}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>{linked ? `${linked.period}: ${linked.title}` : '—'}</td>
                  <td>
                    <IconButton
                      label={`Delete ${record.title}`}
                      icon={Trash2}
                      onClick={() => void remove(record)}
                    />
                  </td>
                </tr>
              )
            })}
        </DataTable>
      )}
      <BusinessGoalFormDialog
        record={editing?.record}
        data={data}
        skills={loaded.skills.sort((a, b) => a.name.localeCompare(b.name))}
        scale={loaded.scale}
        onClose={() => setEditing(null)}
      />
    </div>
  )
}
