import { create } from 'zustand'
import type { OpenFileProgress } from '../../db/workspace-file/open-file'

interface OpenFileState {
  /** The file being opened; null while none is. */
  fileName: string | null
  progress: OpenFileProgress | null
  cancel: (() => void) | null
  start: (fileName: string, cancel: () => void) => void
  setProgress: (progress: OpenFileProgress) => void
  finish: () => void
}

/** The workspace file being read in the background, for its progress dialog. */
export const useOpenFileStore = create<OpenFileState>((set) => ({
  fileName: null,
  progress: null,
  cancel: null,
  start: (fileName, cancel) => set({ fileName, cancel, progress: null }),
  setProgress: (progress) => set({ progress }),
  finish: () => set({ fileName: null, progress: null, cancel: null }),
}))
