import { create } from 'zustand'
import type { StartupGuard } from '../../../../shared/domain/backup/schedule'

export type BackupDialog = 'backup-now' | 'restore' | 'key-setup'

type BackupUiState = {
  dialog: BackupDialog | null
  /** Set when the open workspace is empty but held data before. */
  guard: Extract<StartupGuard, { kind: 'empty-but-held-data' }> | null
  /** Bumped whenever a backup was written, so views listing backups reload. */
  revision: number
  bump(): void
  show(dialog: BackupDialog): void
  hide(): void
  setGuard(guard: BackupUiState['guard']): void
}

export const useBackupUi = create<BackupUiState>((set) => ({
  dialog: null,
  guard: null,
  revision: 0,
  bump: () => set((state) => ({ revision: state.revision + 1 })),
  show: (dialog) => set({ dialog, guard: null }),
  hide: () => set({ dialog: null }),
  setGuard: (guard) => set({ guard }),
}))
