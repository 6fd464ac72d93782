import { z } from 'zod'
import { Cadence } from './common'

export const defaultLeavingReasons = [
  'Career move elsewhere',
  'Pay and benefits',
  'Relocation',
  'Study',
  'Family or health',
  'Workload or hours',
  'Relationship with manager',
  'Role ended',
  'Performance',
  'Retirement',
] as const

/** Workspace-wide settings, stored as one record per key. */
export const WorkspaceSettings = z.object({
  currency: z.string().length(3).default('EUR'),
  /** 1 = January. Quarters and the fiscal year start here. */
  fiscalYearStartMonth: z.number().int().min(1).max(12).default(1),
  defaultCadence: Cadence.default('biweekly'),
  matrixSource: z.enum(['manager', 'any']).default('manager'),
  /** A gap is systemic when at least this share of the people who need a skill are below the level. */
  systemicGapThreshold: z.number().min(0.05).max(1).default(0.4),
  hourlyCost: z.number().min(0).default(40),
  isNotificationsEnabled: z.boolean().default(true),
  /** Training budget per plan period (e.g. `2026-H2`), in the workspace currency. */
  trainingBudgets: z.record(z.string(), z.number().min(0)).default({}),
  /** The budget of a period that has none of its own. */
  defaultTrainingBudget: z.number().min(0).default(5000),
  /** A pulse's results (per pulse, question or team) stay hidden below this many responses. */
  pulseMinResponses: z.number().int().min(3).max(10).default(5),
  /** The reasons offered when someone is marked as left; free text can say more. */
  leavingReasons: z
    .array(z.string().trim().min(1).max(120))
    .max(40)
    .default(() => [...defaultLeavingReasons]),
  /** A colleague is not suggested as a mentor once they mentor this many people. */
  mentorMaxMentees: z.number().int().min(1).max(10).default(2),
  /** The guided first cycle was put away before every step was done. */
  isFirstCycleDismissed: z.boolean().default(false),
})
export type WorkspaceSettings = z.infer<typeof WorkspaceSettings>

/**
 * The workspace settings from their stored records: each missing or invalid value falls back to
 * its default, so one bad record never keeps a screen from opening.
 */
export function settingsFromRecords(
  records: readonly { key: string; value: unknown }[],
): WorkspaceSettings {
  const values: Record<string, unknown> = {}
  for (const { key, value } of records) {
    const field = WorkspaceSettings.shape[key as keyof WorkspaceSettings]
    if (field?.safeParse(value).success) values[key] = value
  }
  return WorkspaceSettings.parse(values)
}

export const SettingRecord = z.object({ key: z.string().min(1), value: z.unknown() })
export type SettingRecord = z.infer<typeof SettingRecord>
