import { Sprout } from 'lucide-react'
import { Suspense, useCallback, useEffect, useRef } from 'react'
import { useAgendaNotifications } from '../features/agenda/use-agenda-notifications'
import { useCheckinsBackground } from '../features/checkins/use-checkins-background'
import { WorkspaceSwitcher } from '../features/workspaces/WorkspaceSwitcher'
import { useRoutePath } from './router'
import { appRoutes, findRoute, preloadScreensWhenIdle } from './routes'

export function Shell() {
  const path = useRoutePath()
  const route = findRoute(path)
  const isFirstRender = useRef(true)
  // Not on the app's first screen: only when the user moves to another one.
  const shouldFocus = useCallback(() => {
    const isFirst = isFirstRender.current
    isFirstRender.current = false
    return !isFirst
  }, [])
  useCheckinsBackground()
  useAgendaNotifications()

  useEffect(() => {
    document.title = `${route.title} · Trellis`
  }, [route])
  useEffect(() => preloadScreensWhenIdle(), [])

  const { Screen } = route
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <aside className="sidebar">
        <div className="brand">
          <Sprout size={22} aria-hidden />
          <span>Trellis</span>
        </div>
        <WorkspaceSwitcher />
        <nav aria-label="Main">
          <ul className="nav-list">
            {appRoutes.map(({ id, path: routePath, title, icon: Icon }) => (
              <li key={id}>
                <a
                  className="nav-link"
                  href={`#${routePath}`}
                  aria-current={route.id === id ? 'page' : undefined}
                >
                  <Icon size={18} aria-hidden />
                  <span>{title}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
      <main id="main" className="main" tabIndex={-1}>
        <Suspense fallback={<p className="page muted">Loading…</p>}>
          <Screen />
          <FocusPageTitle route={route.id} shouldFocus={shouldFocus} />
        </Suspense>
      </main>
    </div>
  )
}

/**
 * Moves focus to the new page's title so keyboard and screen-reader users land on it. Rendered
 * after the screen inside the same Suspense boundary, so it runs once a lazily loaded screen is
 * there; not on the app's first screen.
 */
function FocusPageTitle(props: { route: string; shouldFocus: () => boolean }) {
  const { route, shouldFocus } = props
  useEffect(() => {
    if (shouldFocus()) document.getElementById('page-title')?.focus()
  }, [route, shouldFocus])
  return null
}
