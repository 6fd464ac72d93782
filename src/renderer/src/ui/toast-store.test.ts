import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { toastDurations, useToastStore } from './toast-store'

describe('toasts', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => {
    useToastStore.setState({ toasts: [] })
    vi.useRealTimers()
  })

  it('keeps a toast with Undo for at least 10 seconds, and a plain one for less', () => {
    expect(toastDurations.withAction).toBeGreaterThanOrEqual(10_000)
    const { notify } = useToastStore.getState()
    notify('success', 'Deleted the skill.', { label: 'Undo', run: () => undefined })
    notify('success', 'Saved.')
    vi.advanceTimersByTime(toastDurations.plain)
    expect(useToastStore.getState().toasts.map((toast) => toast.text)).toEqual([
      'Deleted the skill.',
    ])
    vi.advanceTimersByTime(toastDurations.withAction - toastDurations.plain)
    expect(useToastStore.getState().toasts).toEqual([])
  })

  it('holds a toast while it is hovered or focused, and keeps an error until dismissed', () => {
    const { notify, pause, resume } = useToastStore.getState()
    const id = notify('success', 'Deleted the goal.', { label: 'Undo', run: () => undefined })
    notify('error', 'The export failed.')
    vi.advanceTimersByTime(5_000)
    pause(id)
    vi.advanceTimersByTime(60_000)
    expect(useToastStore.getState().toasts).toHaveLength(2)
    resume(id)
    vi.advanceTimersByTime(toastDurations.withAction - 5_000)
    expect(useToastStore.getState().toasts.map((toast) => toast.text)).toEqual([
      'The export failed.',
    ])
  })
})
