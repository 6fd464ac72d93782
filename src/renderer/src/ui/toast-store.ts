import { create } from 'zustand'

export type Toast = { id: number; tone: 'success' | 'error' | 'info'; text: string }

type ToastState = {
  toasts: Toast[]
  notify(tone: Toast['tone'], text: string): void
  dismiss(id: number): void
}

let nextId = 1

export const useToastStore = create<ToastState>((set, get) => ({
  toasts: [],
  notify(tone, text) {
    const id = nextId++
    set({ toasts: [...get().toasts, { id, tone, text }] })
    // Errors stay until dismissed: the user needs time to read what went wrong.
    if (tone !== 'error') setTimeout(() => get().dismiss(id), 6000)
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((toast) => toast.id !== id) })
  },
}))

export const notify = (tone: Toast['tone'], text: string): void =>
  useToastStore.getState().notify(tone, text)
