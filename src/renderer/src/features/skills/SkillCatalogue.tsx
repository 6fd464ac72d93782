import { useLiveQuery } from 'dexie-react-hooks'
import { Combine, FolderCog, Layers, Plus } from 'lucide-react'
import { useMemo, useState } from 'react'
import type { IndexableType } from 'dexie'
import type { Skill } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import type { WorkspaceDb } from '../../db/workspace-db'
import { EmptyState } from '../../ui/EmptyState'
import { CategoriesDialog } from './CategoriesDialog'
import { MergeSkillsDialog } from './MergeSkillsDialog'
import { SkillFormDialog } from './SkillFormDialog'
import { SkillGroup } from './SkillGroup'
import { formatCount, matchesSearch } from './skill-text'

function tally(keys: IndexableType[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const key of keys) counts.set(String(key), (counts.get(String(key)) ?? 0) + 1)
  return counts
}

async function readCatalogue(db: WorkspaceDb) {
  // Index keys only: counting 10,000s of assessments without reading the records.
  const [categories, skills, assessmentKeys, requirementKeys] = await Promise.all([
    db.skillCategories.orderBy('order').toArray(),
    db.skills.toArray(),
    db.assessments.orderBy('skillId').keys(),
    db.roleRequirements.orderBy('skillId').keys(),
  ])
  skills.sort((a, b) => a.name.localeCompare(b.name))
  return {
    categories,
    skills,
    assessments: tally(assessmentKeys),
    requirements: tally(requirementKeys),
  }
}

export function SkillCatalogue() {
  const { db } = useCurrentWorkspace()
  const catalogue = useLiveQuery(() => readCatalogue(db), [db])
  const [search, setSearch] = useState('')
  const [categoryId, setCategoryId] = useState('all')
  const [editing, setEditing] = useState<Skill | 'new' | null>(null)
  const [isMerging, setIsMerging] = useState(false)
  const [isEditingCategories, setIsEditingCategories] = useState(false)

  const groups = useMemo(() => {
    if (!catalogue) return []
    const isFiltered = search.trim() !== '' || categoryId !== 'all'
    return catalogue.categories
      .filter((category) => categoryId === 'all' || category.id === categoryId)
      .map((category) => ({
        category,
        skills: catalogue.skills.filter(
          (skill) =>
            skill.categoryId === category.id &&
            matchesSearch(search, skill.name, skill.description, ...skill.tags),
        ),
      }))
      .filter((group) => !isFiltered || group.skills.length > 0)
  }, [catalogue, search, categoryId])

  if (!catalogue) return <p className="muted">Loading the catalogue…</p>
  const shown = groups.reduce((sum, group) => sum + group.skills.length, 0)
  const hasCategories = catalogue.categories.length > 0

  const dialogs = (
    <>
      <SkillFormDialog
        isOpen={editing !== null}
        onClose={() => setEditing(null)}
        skill={editing === 'new' ? null : editing}
        defaultCategoryId={categoryId === 'all' ? catalogue.categories[0]?.id : categoryId}
      />
      <MergeSkillsDialog isOpen={isMerging} onClose={() => setIsMerging(false)} />
      <CategoriesDialog
        isOpen={isEditingCategories}
        onClose={() => setIsEditingCategories(false)}
      />
    </>
  )
  const categoriesButton = (
    <button type="button" className="button" onClick={() => setIsEditingCategories(true)}>
      <FolderCog size={16} aria-hidden /> {hasCategories ? 'Categories…' : 'Add a category'}
    </button>
  )
  const addButton = (
    <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
      <Plus size={16} aria-hidden /> Add skill
    </button>
  )

  if (catalogue.skills.length === 0) {
    return (
      <>
        <EmptyState
          icon={Layers}
          title="No skills yet"
          actions={
            <>
              {categoriesButton}
              {hasCategories ? addButton : null}
            </>
          }
        >
          <p>
            List the skills the business runs on, grouped into categories such as “Customer &
            communication” or “Safety & compliance”.{' '}
            {hasCategories ? '' : 'Start with a category, then add skills to it.'}
          </p>
        </EmptyState>
        {dialogs}
      </>
    )
  }

  return (
    <>
      <div className="toolbar">
        <div className="field">
          <label htmlFor="skill-search">Search</label>
          <input
            id="skill-search"
            type="search"
            value={search}
            placeholder="Name, description, tag…"
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="skill-category-filter">Category</label>
          <select
            id="skill-category-filter"
            value={categoryId}
            onChange={(event) => setCategoryId(event.target.value)}
          >
            <option value="all">All categories</option>
            {catalogue.categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
        </div>
        <div className="toolbar-spacer" />
        <div className="row">
          {categoriesButton}
          <button
            type="button"
            className="button"
            onClick={() => setIsMerging(true)}
            disabled={catalogue.skills.length < 2}
          >
            <Combine size={16} aria-hidden /> Merge duplicates…
          </button>
          {addButton}
        </div>
      </div>
      <p className="muted" role="status">
        {shown === catalogue.skills.length
          ? `${formatCount(shown, 'skill')} in ${formatCount(catalogue.categories.length, 'category', 'categories')}`
          : `${shown} of ${formatCount(catalogue.skills.length, 'skill')}`}
      </p>
      {groups.length === 0 ? <p>No skill matches the search.</p> : null}
      {groups.map(({ category, skills }) => (
        <SkillGroup
          key={category.id}
          category={category}
          skills={skills}
          assessments={catalogue.assessments}
          requirements={catalogue.requirements}
          onEdit={setEditing}
        />
      ))}
      {dialogs}
    </>
  )
}
