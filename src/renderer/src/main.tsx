// Base styles first, so each feature's own stylesheet can build on them.
import './app/styles/tokens.css'
import './app/styles/base.css'
import './app/styles/shell.css'
import './app/styles/components.css'
import './app/styles/wizard.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { installErrorReporting } from './app/error-reporting'
import { applyThemePreference, useThemeStore } from './app/theme'
import { desktop } from './platform'

installErrorReporting(desktop)
applyThemePreference(useThemeStore.getState().preference)

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element.')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
