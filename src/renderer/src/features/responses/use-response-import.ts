import { create } from 'zustand'
import type { CheckedResponse, LandingPlan } from '../../../../shared/domain/requests'

/**
 * The import dialog's steps: main reads the files, Trellis checks them, the preview shows what
 * goes where, the write, and the done step (which can undo the write).
 */
export type ResponseImportState =
  | { step: 'closed' }
  | { step: 'checking'; fileCount: number }
  | { step: 'preview'; checked: CheckedResponse[]; landing: LandingPlan; isSaving: boolean }
  | {
      step: 'done'
      checked: CheckedResponse[]
      landing: LandingPlan
      /** Puts back what the import changed; runs once (the toast offers the same). */
      undo: () => Promise<void>
      undoState: UndoState
    }

export type UndoState = 'none' | 'running' | 'undone' | 'partly-undone'

type Store = {
  state: ResponseImportState
  set(state: ResponseImportState): void
  close(): void
}

export const useResponseImport = create<Store>((set) => ({
  state: { step: 'closed' },
  set: (state) => set({ state }),
  close: () => set({ state: { step: 'closed' } }),
}))

export type RefusedResponse = Extract<CheckedResponse, { isAccepted: false }>

export function listRefused(checked: readonly CheckedResponse[]): RefusedResponse[] {
  return checked.filter((c): c is RefusedResponse => !c.isAccepted)
}
