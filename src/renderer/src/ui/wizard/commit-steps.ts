/** The steps an import wizard ends with: it reviews, writes (with progress), then is done. */
export type CommitStep = 'review' | 'importing' | 'done'

export interface CommitProgress {
  done: number
  total: number
}

/** What an import wizard's store holds about its write. */
export interface CommitFields<Step extends string, Result> {
  step: Step | CommitStep
  progress: CommitProgress | null
  result: Result | null
  abort: AbortController | null
}

export interface CommitActions<Step extends string, Result> {
  goTo(step: Step | CommitStep): void
  /** Moves to the importing step; the write stops when the returned controller aborts. */
  startCommit(): AbortController
  setProgress(done: number, total: number): void
  /** Done with what was written, or back to the review when nothing was (failed or cancelled). */
  finish(result: Result | null): void
}

/** The fields of a wizard that has not started writing. */
export const idleCommit = { progress: null, result: null, abort: null } as const

/**
 * The review → importing → done (or back to review) moves both import wizards' zustand stores
 * make; `set` is the store's own.
 */
export function createCommitActions<Step extends string, Result>(
  set: (partial: Partial<CommitFields<Step, Result>>) => void,
): CommitActions<Step, Result> {
  return {
    goTo(step) {
      set({ step })
    },
    startCommit() {
      const abort = new AbortController()
      set({ step: 'importing', abort, progress: null })
      return abort
    },
    setProgress(done, total) {
      set({ progress: { done, total } })
    },
    finish(result) {
      set({ step: result ? 'done' : 'review', result, abort: null, progress: null })
    },
  }
}
