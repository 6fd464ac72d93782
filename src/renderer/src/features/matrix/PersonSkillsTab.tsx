import { useLiveQuery } from 'dexie-react-hooks'
import { Sprout } from 'lucide-react'
import { useState } from 'react'
import { listPersonSkills, type PersonSkillRow } from '../../../../shared/domain/skills'
import type { CurrentLevel } from '../../../../shared/domain/skills'
import type { Assessment } from '../../../../shared/model'
import { navigate } from '../../app/router'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { recordAssessment } from '../../db/repositories/assessments'
import type { WorkspaceDb } from '../../db/workspace-db'
import { EmptyState } from '../../ui/EmptyState'
import { formatDate } from '../../ui/format'
import { CellDetailDialog } from './CellDetailDialog'
import { TrendLine } from './TrendLine'
import './matrix.css'
import { readWorkspaceSettings } from '../../db/repositories/settings'
import { readPersonSkillRecords } from '../../db/repositories/skills'

type SkillsOrder = 'category' | 'gap'

const interestLabels = ['None', 'Curious', 'Interested', 'Eager']

/** Only this person's records, by index; the catalogue tables are small. */
async function loadPersonSkills(db: WorkspaceDb, personId: string) {
  const person = await db.people.get(personId)
  if (!person) return null
  const [people, skills, categories, scale, settings, records] = await Promise.all([
    db.people.toArray(),
    db.skills.toArray(),
    db.skillCategories.orderBy('order').toArray(),
    db.scaleLevels.orderBy('level').toArray(),
    readWorkspaceSettings(db),
    readPersonSkillRecords(db, person),
  ])
  const rows = listPersonSkills({
    personId,
    people: [person],
    skills,
    ...records,
    settings,
  })
  return { person, people, categories, scale, settings, rows }
}

/** One person's skills: current against required level, self vs manager, interest and trend. */
export function PersonSkillsTab(props: { personId: string }) {
  const { personId } = props
  const { db } = useCurrentWorkspace()
  const data = useLiveQuery(() => loadPersonSkills(db, personId), [db, personId])
  const [order, setOrder] = useState<SkillsOrder>('category')
  const [openSkillId, setOpenSkillId] = useState<string | null>(null)
  if (data === undefined) return <p className="muted">Loading skills…</p>
  if (data === null) return null
  const { person, rows, scale, categories } = data
  if (rows.length === 0) {
    return (
      <EmptyState
        icon={Sprout}
        title="No skills to show yet"
        actions={
          <>
            <button type="button" className="button" onClick={() => navigate('/skills')}>
              Open Skills & roles
            </button>
            <button type="button" className="button" onClick={() => navigate('/matrix')}>
              Open the Skills matrix
            </button>
          </>
        }
      >
        <p>
          {person.roleId
            ? `${person.displayName}’s role requires no skills and they have no assessments.`
            : `${person.displayName} has no role and no assessments.`}{' '}
          Give them a role (Edit on the Profile tab) and set its required levels in Skills & roles,
          or record a level for them in the Skills matrix.
        </p>
      </EmptyState>
    )
  }
  const categoryNames = new Map(categories.map((category) => [category.id, category.name]))
  const categoryOrder = new Map(categories.map((category, index) => [category.id, index]))
  const groups =
    order === 'gap'
      ? [{ key: 'all', label: null, rows }]
      : [...new Set(rows.map((row) => row.categoryId))]
          .sort((a, b) => (categoryOrder.get(a) ?? 99) - (categoryOrder.get(b) ?? 99))
          .map((categoryId) => ({
            key: categoryId,
            label: categoryNames.get(categoryId) ?? 'Other',
            rows: rows.filter((row) => row.categoryId === categoryId),
          }))
  const gaps = rows.filter((row) => row.cell.gap > 0)
  const open = rows.find((row) => row.skillId === openSkillId) ?? null
  const levelLabel = (level: number | null | undefined) =>
    level === null || level === undefined
      ? '–'
      : `${level} · ${scale.find((step) => step.level === level)?.label ?? ''}`
  const sourceNote =
    data.settings.matrixSource === 'manager'
      ? 'Current = latest manager assessment.'
      : 'Current = latest assessment from any source.'

  return (
    <section className="person-skills" aria-labelledby="person-skills-title">
      <h2 id="person-skills-title" className="visually-hidden">
        Skills of {person.displayName}
      </h2>
      <div className="toolbar">
        <p className="muted person-skills-summary" role="status">
          {rows.length} {rows.length === 1 ? 'skill' : 'skills'} ·{' '}
          {gaps.length === 0
            ? 'no gaps'
            : `${gaps.length} below the required level (total gap ${gaps.reduce((sum, row) => sum + row.cell.gap, 0)})`}
          . {sourceNote}
        </p>
        <div className="toolbar-spacer" />
        <div className="field">
          <label htmlFor="person-skills-order">Order skills</label>
          <select
            id="person-skills-order"
            value={order}
            onChange={(event) => setOrder(event.target.value as SkillsOrder)}
          >
            <option value="category">By category</option>
            <option value="gap">Largest gap first</option>
          </select>
        </div>
      </div>
      <table className="data-table person-skills-table">
        <thead>
          <tr>
            <th scope="col">Skill</th>
            <th scope="col">Current</th>
            <th scope="col">Required</th>
            <th scope="col" className="numeric">
              Gap
            </th>
            <th scope="col">Self · Manager</th>
            <th scope="col">Wants to learn</th>
            <th scope="col">Trend</th>
            <th scope="col">
              <span className="visually-hidden">Details</span>
            </th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.key}>
            {group.label ? (
              <tr className="requirement-category">
                <th scope="colgroup" colSpan={8}>
                  {group.label}
                </th>
              </tr>
            ) : null}
            {group.rows.map((row) => (
              <SkillRow
                key={row.skillId}
                row={row}
                levelLabel={levelLabel}
                maxLevel={scale.at(-1)?.level ?? 4}
                categoryName={order === 'gap' ? categoryNames.get(row.categoryId) : undefined}
                onOpen={() => setOpenSkillId(row.skillId)}
              />
            ))}
          </tbody>
        ))}
      </table>
      <CellDetailDialog
        target={
          open
            ? {
                personId,
                personName: person.displayName,
                skillId: open.skillId,
                skillName: open.skillName,
              }
            : null
        }
        cell={open?.cell ?? null}
        requirement={open?.requirement ?? null}
        people={data.people}
        scale={scale}
        onClose={() => setOpenSkillId(null)}
        onRecord={async (input) => {
          await recordAssessment(db, input)
        }}
        onRequirementChanged={() => undefined}
      />
    </section>
  )
}

function SkillRow(props: {
  row: PersonSkillRow
  levelLabel: (level: number | null | undefined) => string
  maxLevel: number
  categoryName: string | undefined
  onOpen: () => void
}) {
  const { row, levelLabel, maxLevel, categoryName, onOpen } = props
  const { cell } = row
  const tone =
    cell.required === null
      ? ''
      : cell.gap === 0
        ? 'tone-ok'
        : cell.gap === 1
          ? 'tone-gap-1'
          : 'tone-gap-2'
  const trendText = describeTrend(row.history)
  return (
    <tr className={cell.gap > 0 ? 'has-gap' : undefined}>
      <th scope="row">
        {row.skillName}
        {row.isCritical ? <span className="badge badge-accent">critical</span> : null}
        {categoryName ? (
          <span className="muted person-skills-category"> {categoryName}</span>
        ) : null}
      </th>
      <td>
        {levelLabel(cell.current)}
        {cell.assessedOn ? (
          <span className="muted person-skills-date">{formatDate(cell.assessedOn)}</span>
        ) : null}
      </td>
      <td>
        {cell.required === null ? (
          <span className="muted">Not required</span>
        ) : (
          levelLabel(cell.required)
        )}
        {row.requirement?.origin === 'override' ? (
          <span className="muted person-skills-date">set for this person</span>
        ) : null}
      </td>
      <td className="numeric">
        <span className={`person-skills-gap ${tone}`}>
          {cell.required === null ? '–' : cell.gap === 0 ? 'meets' : `−${cell.gap}`}
        </span>
      </td>
      <td>
        <SelfManager self={row.self} manager={row.manager} />
      </td>
      <td>
        {cell.interest === null ? (
          <span className="muted">–</span>
        ) : (
          `${cell.interest} · ${interestLabels[cell.interest] ?? ''}`
        )}
      </td>
      <td>
        <span className="person-skills-trend">
          <TrendLine history={row.history} maxLevel={maxLevel} />
          <span className="visually-hidden">{trendText}</span>
          {row.history.length < 2 ? <span className="muted">{trendText}</span> : null}
        </span>
      </td>
      <td>
        <button
          type="button"
          className="button"
          aria-label={`Assess ${row.skillName}: record a level or see the history`}
          onClick={onOpen}
        >
          Assess…
        </button>
      </td>
    </tr>
  )
}

function SelfManager(props: { self: CurrentLevel | null; manager: CurrentLevel | null }) {
  const { self, manager } = props
  const text = (level: CurrentLevel | null) => (level ? String(level.level) : '–')
  const difference = self && manager ? self.level - manager.level : null
  return (
    <span
      title={`Self ${self ? `${self.level} on ${formatDate(self.date)}` : 'not assessed'}; manager ${manager ? `${manager.level} on ${formatDate(manager.date)}` : 'not assessed'}`}
    >
      {text(self)} · {text(manager)}
      {difference !== null && difference !== 0 ? (
        <span className="muted person-skills-date">
          self {difference > 0 ? `+${difference}` : difference} vs manager
        </span>
      ) : null}
    </span>
  )
}

function describeTrend(history: readonly Assessment[]): string {
  if (history.length === 0) return 'No history'
  if (history.length === 1) return `One assessment`
  const first = history[0]!
  const last = history[history.length - 1]!
  const direction = last.level > first.level ? 'up' : last.level < first.level ? 'down' : 'steady'
  return `${history.length} assessments, ${direction} from ${first.level} to ${last.level} since ${formatDate(first.date)}`
}
