import { create } from 'zustand'

export type ToastTone = 'success' | 'error' | 'info'

/** A button on the toast, e.g. Undo; pressing it dismisses the toast. */
export interface ToastAction {
  label: string
  run: () => void | Promise<void>
}

export type Toast = { id: number; tone: ToastTone; text: string; action?: ToastAction }

/** How long a toast stays: one with an action (Undo) gives the user time to reach it. */
export const toastDurations = { plain: 6_000, withAction: 15_000 } as const

type ToastState = {
  toasts: Toast[]
  notify(tone: ToastTone, text: string, action?: ToastAction): number
  dismiss(id: number): void
  /** Holds a toast while the pointer or focus is on it, so it never vanishes under the hand. */
  pause(id: number): void
  resume(id: number): void
}

let nextId = 1
const timers = new Map<
  number,
  { handle?: ReturnType<typeof setTimeout>; left: number; since: number }
>()

export const useToastStore = create<ToastState>((set, get) => {
  const start = (id: number): void => {
    const timer = timers.get(id)
    if (!timer || timer.handle) return
    timer.since = Date.now()
    timer.handle = setTimeout(() => get().dismiss(id), timer.left)
  }
  return {
    toasts: [],
    notify(tone, text, action) {
      const id = nextId++
      set({ toasts: [...get().toasts, { id, tone, text, action }] })
      // Errors stay until dismissed: the user needs time to read what went wrong.
      if (tone !== 'error') {
        timers.set(id, {
          left: action ? toastDurations.withAction : toastDurations.plain,
          since: 0,
        })
        start(id)
      }
      return id
    },
    dismiss(id) {
      const timer = timers.get(id)
      if (timer?.handle) clearTimeout(timer.handle)
      timers.delete(id)
      set({ toasts: get().toasts.filter((toast) => toast.id !== id) })
    },
    pause(id) {
      const timer = timers.get(id)
      if (!timer?.handle) return
      clearTimeout(timer.handle)
      timer.handle = undefined
      timer.left = Math.max(1_000, timer.left - (Date.now() - timer.since))
    },
    resume: start,
  }
})

export const notify = (tone: ToastTone, text: string, action?: ToastAction): number =>
  useToastStore.getState().notify(tone, text, action)
