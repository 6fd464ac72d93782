import { useLiveQuery } from 'dexie-react-hooks'
import type { ScaleLevel } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { SelectField } from '../SelectField'
import type { FieldFrame } from './Field'

/** "3 · Proficient". */
export function formatLevel(level: Pick<ScaleLevel, 'level' | 'label'>): string {
  return `${level.level} · ${level.label}`
}

/** The workspace's level scale, live, lowest first ([] while loading). */
export function useScaleLevels(): ScaleLevel[] {
  const { db } = useCurrentWorkspace()
  return useLiveQuery(() => db.scaleLevels.orderBy('level').toArray(), [db], [])
}

/**
 * A level on the workspace's own scale. The value is the level as text ("" for none), so the
 * draft can hold "not set" and the zod schema turns it into a number.
 */
export function LevelField(
  props: FieldFrame & {
    value: string | number | null
    onChange: (value: string) => void
    /** Offers "" with this label ("Not assessed", "Any level"). */
    emptyLabel?: string
    /** The scale to offer, when the caller already has it; otherwise read live. */
    scale?: ScaleLevel[]
    disabled?: boolean
  },
) {
  const { value, scale, emptyLabel, ...rest } = props
  const live = useScaleLevels()
  const levels = scale ?? live
  return (
    <SelectField
      {...rest}
      value={value === null ? '' : String(value)}
      placeholder={emptyLabel}
      options={levels.map((level) => ({ value: String(level.level), label: formatLevel(level) }))}
    />
  )
}
