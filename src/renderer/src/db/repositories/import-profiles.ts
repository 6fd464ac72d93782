import { findBuiltInProfile } from '../../../../shared/domain/roster-import/builtin-profiles'
import { computeHeaderSignature } from '../../../../shared/domain/roster-import/mapping'
import type {
  DateOrder,
  MappingTarget,
  PastReviewInput,
  ValueChoices,
} from '../../../../shared/domain/roster-import/types'
import { ImportProfile, importProfileKeyPrefix, type SettingRecord } from '../../../../shared/model'
import type { WorkspaceDb } from '../workspace-db'

/** Before profiles, only the column targets were remembered, under this key. */
const legacyMappingPrefix = 'rosterMapping:'

export interface StoredStart {
  targets: MappingTarget[] | null
  valueChoices?: ValueChoices
  dateOrder?: DateOrder | null
  pastReview?: PastReviewInput | null
  profile: { kind: 'saved' | 'built-in'; name: string } | null
}

/** Every saved profile, by name; a record that no longer reads as a profile is left out. */
export async function listImportProfiles(db: WorkspaceDb): Promise<ImportProfile[]> {
  const records = await db.settings.where('key').startsWith(importProfileKeyPrefix).toArray()
  return records
    .flatMap((record) => {
      const parsed = ImportProfile.safeParse(record.value)
      return parsed.success ? [parsed.data] : []
    })
    .sort((a, b) => a.name.localeCompare(b.name))
}

/**
 * What a file of these headers opens with: the profile saved for its layout, else the targets an
 * older version remembered, else a built-in profile it matches, else nothing (suggestions).
 */
export async function findStartingMapping(
  db: WorkspaceDb,
  headers: string[],
): Promise<StoredStart> {
  const signature = computeHeaderSignature(headers)
  const saved = ImportProfile.safeParse(
    (await db.settings.get(importProfileKeyPrefix + signature))?.value,
  )
  if (saved.success && saved.data.targets.length === headers.length) {
    return {
      targets: saved.data.targets as MappingTarget[],
      valueChoices: saved.data.valueChoices,
      dateOrder: saved.data.dateOrder,
      pastReview: saved.data.pastReview,
      profile: { kind: 'saved', name: saved.data.name },
    }
  }
  const legacy = (await db.settings.get(legacyMappingPrefix + signature))?.value
  if (Array.isArray(legacy) && legacy.length === headers.length) {
    return { targets: legacy as MappingTarget[], profile: null }
  }
  const builtIn = findBuiltInProfile(headers)
  if (builtIn) {
    return {
      targets: builtIn.targets,
      valueChoices: builtIn.profile.valueChoices,
      dateOrder: builtIn.profile.dateOrder,
      profile: { kind: 'built-in', name: builtIn.profile.name },
    }
  }
  return { targets: null, profile: null }
}

/** The setting a committed import saves its profile as (written in the import's transaction). */
export function toProfileSetting(input: {
  name: string
  headers: string[]
  targets: MappingTarget[]
  valueChoices: ValueChoices
  dateOrder: DateOrder | null
  pastReview: PastReviewInput | null
  now: Date
}): SettingRecord {
  const signature = computeHeaderSignature(input.headers)
  const profile = ImportProfile.parse({
    signature,
    name: input.name.trim() || 'Imported file',
    headers: input.headers,
    targets: input.targets,
    valueChoices: pruneChoices(input.valueChoices),
    dateOrder: input.dateOrder,
    pastReview: input.pastReview,
    savedAt: input.now.toISOString(),
  })
  return { key: importProfileKeyPrefix + signature, value: profile }
}

function pruneChoices(choices: ValueChoices): Record<string, Record<string, string>> {
  return Object.fromEntries(
    Object.entries(choices).flatMap(([key, values]) => (values ? [[key, values]] : [])),
  )
}

export async function renameImportProfile(
  db: WorkspaceDb,
  signature: string,
  name: string,
): Promise<void> {
  const trimmed = name.trim()
  if (trimmed === '') throw new Error('Give the profile a name.')
  if (trimmed.length > 120) throw new Error('A profile name is at most 120 characters.')
  await db.transaction('rw', db.settings, async () => {
    const key = importProfileKeyPrefix + signature
    const parsed = ImportProfile.safeParse((await db.settings.get(key))?.value)
    if (!parsed.success) throw new Error('That profile is no longer saved.')
    const others = (await listImportProfiles(db)).filter((p) => p.signature !== signature)
    if (others.some((other) => other.name.toLowerCase() === trimmed.toLowerCase())) {
      throw new Error(`There is already a profile called “${trimmed}”.`)
    }
    await db.settings.put({ key, value: { ...parsed.data, name: trimmed } })
  })
}

export async function deleteImportProfile(db: WorkspaceDb, signature: string): Promise<void> {
  await db.settings.delete(importProfileKeyPrefix + signature)
}
