import { create } from 'zustand'

export type ThemePreference = 'system' | 'light' | 'dark'
const storageKey = 'trellis.theme'

function readStoredPreference(): ThemePreference {
  const stored = localStorage.getItem(storageKey)
  return stored === 'light' || stored === 'dark' ? stored : 'system'
}

const darkQuery = window.matchMedia('(prefers-color-scheme: dark)')

export function resolveTheme(preference: ThemePreference): 'light' | 'dark' {
  if (preference !== 'system') return preference
  return darkQuery.matches ? 'dark' : 'light'
}

export function applyThemePreference(preference: ThemePreference): void {
  document.documentElement.dataset.theme = resolveTheme(preference)
}

type ThemeState = {
  preference: ThemePreference
  setPreference(preference: ThemePreference): void
  toggle(): void
}

export const useThemeStore = create<ThemeState>((set, get) => ({
  preference: readStoredPreference(),
  setPreference(preference) {
    localStorage.setItem(storageKey, preference)
    applyThemePreference(preference)
    set({ preference })
  },
  toggle() {
    get().setPreference(resolveTheme(get().preference) === 'dark' ? 'light' : 'dark')
  },
}))

darkQuery.addEventListener('change', () =>
  applyThemePreference(useThemeStore.getState().preference),
)
