import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import type { RoleProfile } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { RequirementRow } from './RequirementRow'
import { matchesSearch } from './skill-text'
import type { WorkspaceDb } from '../../db/workspace-db'

/** The certification names people hold or roles require, each once, for the field's suggestions. */
async function listCertificationNames(db: WorkspaceDb): Promise<string[]> {
  const [held, required] = await Promise.all([
    db.certifications.toArray(),
    db.roleRequirements.toArray(),
  ])
  const names = new Map<string, string>()
  for (const name of [...held.map((c) => c.name), ...required.map((r) => r.certification)]) {
    const trimmed = name?.trim()
    if (trimmed && !names.has(trimmed.toLowerCase())) names.set(trimmed.toLowerCase(), trimmed)
  }
  return [...names.values()].sort((a, b) => a.localeCompare(b))
}

/** What a role needs: every skill of the catalogue with the level required, saved row by row. */
export function RoleRequirements(props: { role: RoleProfile }) {
  const { role } = props
  const { db } = useCurrentWorkspace()
  const [search, setSearch] = useState('')
  const [isRequiredOnly, setIsRequiredOnly] = useState(false)
  const data = useLiveQuery(async () => {
    const [categories, skills, requirements, scale, goals, certificationNames] = await Promise.all([
      db.skillCategories.orderBy('order').toArray(),
      db.skills.toArray(),
      db.roleRequirements.where('roleId').equals(role.id).toArray(),
      db.scaleLevels.orderBy('level').toArray(),
      db.businessGoals.toArray(),
      listCertificationNames(db),
    ])
    skills.sort((a, b) => a.name.localeCompare(b.name))
    return { categories, skills, requirements, scale, goals, certificationNames }
  }, [db, role.id])

  if (!data) return <p className="muted">Loading requirements…</p>
  const requirementOf = (skillId: string) =>
    data.requirements.find((requirement) => requirement.skillId === skillId)
  const groups = data.categories
    .map((category) => ({
      category,
      skills: data.skills.filter(
        (skill) =>
          skill.categoryId === category.id &&
          matchesSearch(search, skill.name, ...skill.tags) &&
          (!isRequiredOnly || requirementOf(skill.id)),
      ),
    }))
    .filter((group) => group.skills.length > 0)

  return (
    <section className="role-requirements" aria-labelledby="requirements-title">
      <h3 id="requirements-title">Requirements</h3>
      <p className="muted">
        Choose the level the role needs in each skill and why: the role itself, a business goal, a
        problem seen in reviews, or what people want to learn. Where the skill needs a valid
        certificate (food hygiene, say), name it: the matrix and the profiles then mark who holds
        it, and when it runs out. Each row saves on its own.
      </p>
      <div className="toolbar">
        <div className="field">
          <label htmlFor="requirement-search">Find a skill</label>
          <input
            id="requirement-search"
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={isRequiredOnly}
            onChange={(event) => setIsRequiredOnly(event.target.checked)}
          />
          Only skills this role requires ({data.requirements.length})
        </label>
      </div>
      {groups.length === 0 ? (
        <p className="muted">
          {data.skills.length === 0
            ? 'The catalogue has no skills yet: add them in the Skills catalogue tab.'
            : 'No skill matches.'}
        </p>
      ) : (
        <table className="data-table requirement-table">
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col">Required level</th>
              <th scope="col">Demand from</th>
              <th scope="col">Certificate needed</th>
              <th scope="col">
                <span className="visually-hidden">Save</span>
              </th>
            </tr>
          </thead>
          {groups.map(({ category, skills }) => (
            <tbody key={category.id}>
              <tr className="requirement-category">
                <th scope="colgroup" colSpan={5}>
                  {category.name}
                </th>
              </tr>
              {skills.map((skill) => {
                const requirement = requirementOf(skill.id)
                return (
                  <RequirementRow
                    key={skill.id}
                    role={role}
                    skill={skill}
                    requirement={requirement}
                    scale={data.scale}
                    goals={data.goals}
                    certificationListId="requirement-certification-names"
                  />
                )
              })}
            </tbody>
          ))}
        </table>
      )}
      <datalist id="requirement-certification-names">
        {data.certificationNames.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </section>
  )
}
