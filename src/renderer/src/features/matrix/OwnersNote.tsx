import type { ReactNode } from 'react'
import type { SkillMatrix } from '../../../../shared/domain/skills'

const nameList = new Intl.ListFormat('en', { type: 'conjunction' })

/** The names of the model's owners: rows no total counts (shared/domain/skills/owners.ts). */
export function listOwnerNames(model: SkillMatrix): string[] {
  return [...model.rows.values()].filter((row) => !row.isCounted).map((row) => row.name)
}

/** Says who is left out of the gap totals, and why; nothing when nobody is. */
export function OwnersNote(props: { names: readonly string[]; children?: ReactNode }) {
  if (props.names.length === 0) return null
  return (
    <p className="muted owners-note">
      Owners without a team are not counted in team gaps or in the totals:{' '}
      {nameList.format(props.names)}, who {props.names.length === 1 ? 'has' : 'have'} no team and no
      manager. {props.children}
    </p>
  )
}
