import { useLiveQuery } from 'dexie-react-hooks'
import {
  findDefaultCategoryId,
  findMatrixColumnConflicts,
  findMatrixColumnGaps,
  importedCategoryName,
  newCategoryKey,
} from '../../../../shared/domain/matrix-import/columns'
import type {
  IgnoreReason,
  MatrixColumn,
  MatrixColumnTarget,
  PersonField,
} from '../../../../shared/domain/matrix-import/types'
import type { Skill, SkillCategory } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { MappingProblems, MappingTable, StepActions, StepCard } from '../../ui/wizard'
import { useMatrixImportStore } from './matrix-import-store'

const personLabels: Record<PersonField, string> = {
  externalId: 'Employee ID',
  fullName: 'Name',
  givenName: 'First name',
  familyName: 'Last name',
  email: 'Email',
}

const ignoreNotes: Record<IgnoreReason, string> = {
  'person-detail': 'A detail about the person, not a skill.',
  'no-header': 'The column has no header.',
  ambiguous: 'Two skills have names like this one: choose which.',
  duplicate: 'An earlier column already reads this.',
}

function toOptionValue(target: MatrixColumnTarget): string {
  if (target.kind === 'person') return `person:${target.field}`
  if (target.kind === 'skill') return `skill:${target.skillId}`
  return target.kind
}

function readOptionValue(
  value: string,
  column: MatrixColumn,
  defaultCategoryId: string,
): MatrixColumnTarget {
  const [kind, id = ''] = value.split(/:(.*)/su)
  if (kind === 'person') return { kind: 'person', field: id as PersonField }
  if (kind === 'skill') return { kind: 'skill', skillId: id }
  if (kind === 'new-skill') {
    const name = column.header.trim() || `Column ${column.column + 1}`
    return { kind: 'new-skill', name, categoryId: defaultCategoryId }
  }
  return { kind: 'ignore' }
}

export function MatrixColumnsStep() {
  const { db } = useCurrentWorkspace()
  const csv = useMatrixImportStore((state) => state.csv)
  const columns = useMatrixImportStore((state) => state.columns)
  const { setTarget, goTo } = useMatrixImportStore.getState()
  const catalogue = useLiveQuery(
    async () => ({
      skills: await db.skills.toArray(),
      categories: await db.skillCategories.orderBy('order').toArray(),
    }),
    [db],
  )
  if (!csv || !catalogue) return null
  const { skills, categories } = catalogue
  const conflicts = findMatrixColumnConflicts(columns, skills)
  const gaps = findMatrixColumnGaps(columns)
  const defaultCategoryId = findDefaultCategoryId(categories)

  return (
    <StepCard title="Match the skill columns">
      <p className="muted">
        Trellis matched the columns it recognised. A column named like no skill in Trellis is
        offered as a new skill: keep it, pick the existing skill it means, or ignore it.
      </p>
      <MappingTable
        className="matrix-columns"
        isScrollable
        columns={columns}
        rows={csv.rows}
        sampleCount={4}
        choiceHeadings={['Read as', 'Category of a new skill']}
        renderChoices={(column) => {
          const { target } = column
          return (
            <>
              <td>
                <select
                  aria-label={`Read column “${column.header || column.column + 1}” as`}
                  value={toOptionValue(target)}
                  onChange={(event) =>
                    setTarget(
                      column.column,
                      readOptionValue(event.target.value, column, defaultCategoryId),
                    )
                  }
                >
                  <TargetOptions column={column} skills={skills} categories={categories} />
                </select>
                {column.ignoreReason ? (
                  <div className="muted matrix-column-note">{ignoreNotes[column.ignoreReason]}</div>
                ) : null}
              </td>
              <td>
                {target.kind === 'new-skill' ? (
                  <select
                    aria-label={`Category of the new skill “${target.name}”`}
                    value={target.categoryId}
                    onChange={(event) =>
                      setTarget(column.column, { ...target, categoryId: event.target.value })
                    }
                  >
                    <CategoryOptions categories={categories} />
                  </select>
                ) : null}
              </td>
            </>
          )
        }}
      />
      <MappingProblems
        conflicts={conflicts.map((conflict) => ({
          key: conflict.columns.join('-'),
          message: conflict.message,
        }))}
        gaps={gaps}
      />
      <StepActions
        onBack={() => goTo('source')}
        nextLabel="Continue to review"
        onNext={() => goTo('review')}
        isNextDisabled={conflicts.length > 0 || gaps.length > 0}
      />
    </StepCard>
  )
}

function TargetOptions(props: {
  column: MatrixColumn
  skills: readonly Skill[]
  categories: readonly SkillCategory[]
}) {
  const name = props.column.header.trim() || `Column ${props.column.column + 1}`
  const byCategory = props.categories.map((category) => ({
    category,
    skills: props.skills
      .filter((skill) => skill.categoryId === category.id)
      .sort((a, b) => a.name.localeCompare(b.name)),
  }))
  const known = new Set(props.categories.map((category) => category.id))
  const uncategorised = props.skills.filter((skill) => !known.has(skill.categoryId))
  return (
    <>
      <optgroup label="Who the row is about">
        {(Object.keys(personLabels) as PersonField[]).map((field) => (
          <option key={field} value={`person:${field}`}>
            {personLabels[field]}
          </option>
        ))}
      </optgroup>
      <option value="new-skill">New skill “{name}”</option>
      {byCategory.map(({ category, skills }) =>
        skills.length === 0 ? null : (
          <optgroup key={category.id} label={category.name}>
            {skills.map((skill) => (
              <option key={skill.id} value={`skill:${skill.id}`}>
                {skill.name}
              </option>
            ))}
          </optgroup>
        ),
      )}
      {uncategorised.map((skill) => (
        <option key={skill.id} value={`skill:${skill.id}`}>
          {skill.name}
        </option>
      ))}
      <option value="ignore">Ignore</option>
    </>
  )
}

function CategoryOptions(props: { categories: readonly SkillCategory[] }) {
  const hasImported = props.categories.some(
    (category) => category.name.trim().toLowerCase() === importedCategoryName.toLowerCase(),
  )
  return (
    <>
      {props.categories.map((category) => (
        <option key={category.id} value={category.id}>
          {category.name}
        </option>
      ))}
      {hasImported ? null : (
        <option value={newCategoryKey}>New category “{importedCategoryName}”</option>
      )}
    </>
  )
}
