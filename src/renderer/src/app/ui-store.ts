import { create } from 'zustand'
import type { RequestStart } from '../../../shared/domain/requests'

export type DialogId =
  'new-workspace' | 'about' | 'shortcuts' | 'quick-feedback' | 'import-responses' | 'request-input'

type UiState = {
  openDialog: DialogId | null
  show(dialog: DialogId): void
  hide(): void
  /** Where "Request input…" was started from: the New request dialog fills itself in from it. */
  requestStart: RequestStart | null
  openRequestDialog(start: RequestStart): void
}

export const useUiStore = create<UiState>((set) => ({
  openDialog: null,
  show: (dialog) => set({ openDialog: dialog }),
  hide: () => set({ openDialog: null }),
  requestStart: null,
  openRequestDialog: (start) => set({ openDialog: 'request-input', requestStart: start }),
}))
