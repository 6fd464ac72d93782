import { Pencil, Trash2 } from 'lucide-react'
import type { Skill, SkillCategory } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { confirmDeleteSkill } from './skill-actions'
import { formatCount } from './skill-text'

/** One category of the catalogue: its skills with what they mean and how much they are used. */
export function SkillGroup(props: {
  category: SkillCategory
  skills: Skill[]
  assessments: Map<string, number>
  requirements: Map<string, number>
  onEdit: (skill: Skill) => void
}) {
  const { category, skills, assessments, requirements, onEdit } = props
  const { db } = useCurrentWorkspace()
  const headingId = `skill-group-${category.id}`
  return (
    <section className="skill-group" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {category.name}{' '}
        <span className="muted skill-group-count">{formatCount(skills.length, 'skill')}</span>
      </h2>
      {skills.length === 0 ? (
        <p className="muted">No skills in this category yet.</p>
      ) : (
        <table className="data-table skill-table">
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col">Tags</th>
              <th scope="col" className="numeric">
                Min. experts
              </th>
              <th scope="col">In use</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {skills.map((skill) => (
              <tr key={skill.id}>
                <th scope="row">
                  <span className="skill-name">
                    {skill.name}
                    {skill.isCritical ? (
                      <span className="badge skill-critical">Critical</span>
                    ) : null}
                  </span>
                  {skill.description ? (
                    <span className="skill-description">{skill.description}</span>
                  ) : null}
                </th>
                <td>
                  {skill.tags.length > 0 ? (
                    <ul className="skill-tags" aria-label={`Tags of ${skill.name}`}>
                      {skill.tags.map((tag) => (
                        <li key={tag} className="tag">
                          {tag}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
                <td className="numeric">{skill.minExperts}</td>
                <td>
                  <div className="skill-use">
                    <span>{formatCount(assessments.get(skill.id) ?? 0, 'assessment')}</span>
                    <span className="muted">
                      needed in {formatCount(requirements.get(skill.id) ?? 0, 'role')}
                    </span>
                  </div>
                </td>
                <td className="numeric skill-actions">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Edit ${skill.name}`}
                    onClick={() => onEdit(skill)}
                  >
                    <Pencil size={16} aria-hidden />
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Delete ${skill.name}`}
                    onClick={() => void confirmDeleteSkill(db, skill)}
                  >
                    <Trash2 size={16} aria-hidden />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
