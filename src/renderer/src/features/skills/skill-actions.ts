import type { RoleProfile, Skill } from '../../../../shared/model'
import { deleteRole } from '../../db/repositories/skill-structure'
import { deleteSkill, mergeSkills } from '../../db/repositories/skills'
import type { WorkspaceDb } from '../../db/workspace-db'
import { desktop } from '../../platform'
import { notify } from '../../ui/toast-store'
import { formatCount } from './skill-text'
import { countSkillUse, describeSkillRecords } from './skill-use'
import { describeError } from '../../ui/format'
import { writeWithUndo } from '../../app/undo'

export async function confirmDeleteSkill(db: WorkspaceDb, skill: Skill): Promise<void> {
  try {
    const use = await countSkillUse(db, skill.id)
    const links =
      use.links > 0
        ? ` It is also taken off ${formatCount(use.links, 'other record')} that name it (trainings, goals, plans, check-ins, feedback, reviews).`
        : ''
    const { isConfirmed } = await desktop.confirm({
      title: 'Delete skill',
      message: `Delete the skill “${skill.name}”?`,
      detail: `${describeSkillRecords(use)} are deleted with it.${links} You can undo it from the message that follows. If it duplicates another skill, merge the two instead to keep the history.`,
      confirmLabel: 'Delete skill',
      isDestructive: true,
    })
    if (!isConfirmed) return
    await writeWithUndo(db, () => deleteSkill(db, skill.id), `Deleted the skill “${skill.name}”.`)
  } catch (error) {
    notify('error', `The skill was not deleted: ${describeError(error)}`)
  }
}

/** Asks first, saying what moves; returns true when the merge happened. */
export async function confirmMergeSkills(
  db: WorkspaceDb,
  kept: Skill,
  duplicate: Skill,
): Promise<boolean> {
  const use = await countSkillUse(db, duplicate.id)
  const links =
    use.links > 0 ? ` ${formatCount(use.links, 'other record')} that name it are re-pointed.` : ''
  const { isConfirmed } = await desktop.confirm({
    title: 'Merge skills',
    message: `Merge “${duplicate.name}” into “${kept.name}”?`,
    detail: `${describeSkillRecords(use)} move to “${kept.name}”; where both skills have a level for the same role or person, the higher one stays.${links} Then “${duplicate.name}” is deleted.`,
    confirmLabel: 'Merge skills',
    isDestructive: true,
  })
  if (!isConfirmed) return false
  await mergeSkills(db, kept.id, duplicate.id)
  notify(
    'success',
    `Merged “${duplicate.name}” into “${kept.name}”: ${formatCount(use.assessments, 'assessment')} moved.`,
  )
  return true
}

export async function confirmDeleteRole(
  db: WorkspaceDb,
  role: RoleProfile,
  holders: number,
  requirements: number,
): Promise<boolean> {
  const { isConfirmed } = await desktop.confirm({
    title: 'Delete role',
    message: `Delete the role “${role.name}”?`,
    detail: `${requirements === 1 ? 'Its requirement goes' : `Its ${requirements} requirements go`} with it. ${
      holders > 0
        ? `The ${formatCount(holders, 'person', 'people')} who hold it stay, without a role profile.`
        : 'Nobody holds it.'
    }`,
    confirmLabel: 'Delete role',
    isDestructive: true,
  })
  if (!isConfirmed) return false
  try {
    await writeWithUndo(db, () => deleteRole(db, role.id), `Deleted the role “${role.name}”.`)
    return true
  } catch (error) {
    notify('error', `The role was not deleted: ${describeError(error)}`)
    return false
  }
}
