import { useEffect } from 'react'
import { openQuickFeedback } from './quick-feedback'

/** Ctrl/Cmd+Shift+F: the feedback quick entry (the menu item carries the same accelerator). */
function useQuickFeedbackShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const isModifier = event.ctrlKey || event.metaKey
      if (isModifier && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'f') {
        event.preventDefault()
        openQuickFeedback()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}

/** What check-ins do while a workspace is open: the feedback shortcut (reminders are the agenda's). */
export function useCheckinsBackground(): void {
  useQuickFeedbackShortcut()
}
