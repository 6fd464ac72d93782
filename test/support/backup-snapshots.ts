import type { WorkspaceSnapshot } from '../../src/shared/backup-contract'
import { generateSampleCompany } from '../../src/shared/domain/sample/generate'
import { countRecords, type WorkspaceData } from '../../src/shared/model'

export const testToday = '2026-11-23'

let sample: WorkspaceData | null = null

/** The sample company (every entity, 18 months of history), generated once per test file. */
export function sampleCompany(): WorkspaceData {
  sample ??= generateSampleCompany({ today: testToday })
  return sample
}

export function toSnapshot(
  data: WorkspaceData,
  options: { workspaceId?: string; workspaceName?: string; schemaVersion?: number } = {},
): WorkspaceSnapshot {
  return {
    workspaceId: options.workspaceId ?? 'ws-test',
    workspaceName: options.workspaceName ?? 'Kestrel Coffee Roasters',
    schemaVersion: options.schemaVersion ?? 3,
    counts: countRecords(data),
    tablesJson: JSON.stringify(data),
  }
}
