/** What the grid draws; built from the domain's matrix model, so the grid knows nothing of gaps rules. */
export interface GridCell {
  current: number | null
  required: number | null
  gap: number
  interest: number | null
  /** The certification the role needs for this skill is missing, expired or expiring soon. */
  certificate?: 'expired' | 'soon' | 'missing'
}

export type GridRow =
  | { kind: 'group'; label: string }
  | {
      kind: 'person'
      personId: string
      name: string
      totalGap: number
      /** False for an owner, whose gaps no total counts (shared/domain/skills/owners.ts). */
      isCounted: boolean
    }

export interface GridColumn {
  skillId: string
  name: string
  categoryName: string
  isCritical: boolean
  /** People at or above the required level, of those who need the skill. */
  coverage: { atOrAbove: number; needing: number; minExperts: number }
}

export interface GridPosition {
  row: number
  column: number
}
