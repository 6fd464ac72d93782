import { Pencil, Trash2 } from 'lucide-react'
import type { Skill, SkillCategory } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { DataTable } from '../../ui/DataTable'
import { IconButton } from '../../ui/IconButton'
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
        <DataTable
          className="skill-table"
          columns={['Skill', 'Tags', { label: 'Min. experts', isNumeric: true }, 'In use']}
          hasActions
        >
          {skills.map((skill) => (
            <tr key={skill.id}>
              <th scope="row">
                <span className="skill-name">
                  {skill.name}
                  {skill.isCritical ? <span className="badge skill-critical">Critical</span> : null}
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
                <IconButton
                  label={`Edit ${skill.name}`}
                  icon={Pencil}
                  onClick={() => onEdit(skill)}
                />
                <IconButton
                  label={`Delete ${skill.name}`}
                  icon={Trash2}
                  onClick={() => void confirmDeleteSkill(db, skill)}
                />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  )
}
