import { create } from 'zustand'

export type DialogId = 'new-workspace' | 'about' | 'shortcuts' | 'quick-feedback'

type UiState = {
  openDialog: DialogId | null
  show(dialog: DialogId): void
  hide(): void
}

export const useUiStore = create<UiState>((set) => ({
  openDialog: null,
  show: (dialog) => set({ openDialog: dialog }),
  hide: () => set({ openDialog: null }),
}))
