import { useEffect } from 'react'
import { navigate } from './router'
import { appRoutes } from './routes'
import { useUiStore } from './ui-store'
import { useWorkspaceStore } from './workspace-store'

function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  )
}

/** Ctrl/Cmd + 1-9 jumps to a screen; "?" lists the shortcuts. */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (useWorkspaceStore.getState().status !== 'open') return
      const isModifier = event.ctrlKey || event.metaKey
      if (isModifier && !event.altKey && /^[1-9]$/.test(event.key)) {
        const route = appRoutes[Number(event.key) - 1]
        if (route) {
          event.preventDefault()
          navigate(route.path)
        }
        return
      }
      if (event.key === '?' && !isModifier && !isTypingTarget(event.target)) {
        event.preventDefault()
        useUiStore.getState().show('shortcuts')
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
