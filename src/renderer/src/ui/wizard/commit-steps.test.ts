import { describe, expect, it } from 'vitest'
import { create } from 'zustand'
import {
  createCommitActions,
  idleCommit,
  type CommitActions,
  type CommitFields,
} from './commit-steps'

type Step = 'file' | 'columns' | 'review' | 'importing' | 'done'
type State = CommitFields<Step, { fileName: string }> & CommitActions<Step, { fileName: string }>

const createStore = () =>
  create<State>((set) => ({ step: 'file', ...idleCommit, ...createCommitActions(set) }))

describe('createCommitActions', () => {
  it('moves from review to importing with a fresh controller, counts progress, then is done', () => {
    const store = createStore()
    store.getState().goTo('review')
    store.getState().setProgress(3, 9)
    const abort = store.getState().startCommit()
    expect(store.getState()).toMatchObject({ step: 'importing', progress: null, abort })
    expect(abort.signal.aborted).toBe(false)

    store.getState().setProgress(4, 10)
    expect(store.getState().progress).toEqual({ done: 4, total: 10 })

    store.getState().finish({ fileName: 'team.csv' })
    expect(store.getState()).toMatchObject({
      step: 'done',
      result: { fileName: 'team.csv' },
      abort: null,
      progress: null,
    })
  })

  it('goes back to the review, with nothing kept, when the write fails or is cancelled', () => {
    const store = createStore()
    const abort = store.getState().startCommit()
    store.getState().setProgress(1, 10)
    abort.abort()
    store.getState().finish(null)
    expect(store.getState()).toMatchObject({
      step: 'review',
      result: null,
      abort: null,
      progress: null,
    })
  })
})
