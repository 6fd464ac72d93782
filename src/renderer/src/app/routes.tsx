import {
  BarChart3,
  BookOpenCheck,
  ClipboardCheck,
  FileText,
  Grid3x3,
  LayoutDashboard,
  CalendarCheck,
  TrendingUp,
  Layers,
  MessagesSquare,
  Send,
  Settings,
  Target,
  Users,
  type LucideIcon,
} from 'lucide-react'
import { lazy, useState, type ComponentType } from 'react'
import { DashboardRoute } from './screens/DashboardRoute'
import { routeList, type RouteId } from './route-list'

type ScreenModule = { default: ComponentType }

/** Every lazily loaded screen's loader, in the order they are fetched ahead of use. */
const screenLoaders: (() => Promise<ScreenModule>)[] = []

/**
 * A screen loaded when first opened, or earlier by preloadScreensWhenIdle; loaded once either way.
 * Once its code is there the screen renders directly: suspending, even for a module already
 * loaded, shows the fallback and React then holds the screen back for its ~300 ms reveal throttle.
 */
function lazyScreen(load: () => Promise<ScreenModule>): ComponentType {
  let loading: Promise<ScreenModule> | undefined
  let loaded: ComponentType | undefined
  const loadOnce = () => {
    loading ??= load().then(
      (module) => {
        loaded = module.default
        return module
      },
      (error: unknown) => {
        // A failed load is forgotten, and React.lazy keeps a failure for good, so the next
        // visit to the screen gets a fresh lazy component that tries again.
        loading = undefined
        Lazy = lazy(loadOnce)
        throw error
      },
    )
    return loading
  }
  screenLoaders.push(loadOnce)
  let Lazy = lazy(loadOnce)
  return function Screen() {
    // Chosen once per mount: switching from Lazy to the loaded type later would remount the
    // screen and lose what the user had open in it.
    const [Component] = useState<ComponentType>(() => loaded ?? Lazy)
    return <Component />
  }
}

// The home screen is in the first bundle; every other screen loads when first opened or, before
// that, while the app is idle (the most used first).
const MatrixScreen = lazyScreen(() =>
  import('./screens/MatrixRoute').then((m) => ({ default: m.MatrixRoute })),
)
const PeopleScreen = lazyScreen(() =>
  import('./screens/PeopleRoute').then((m) => ({ default: m.PeopleRoute })),
)
const CheckinsScreen = lazyScreen(() =>
  import('../features/checkins/CheckinsScreen').then((m) => ({ default: m.CheckinsScreen })),
)
const SkillsScreen = lazyScreen(() =>
  import('../features/skills/SkillsScreen').then((m) => ({ default: m.SkillsScreen })),
)
const TrainingScreen = lazyScreen(() =>
  import('../features/training/TrainingScreen').then((m) => ({ default: m.TrainingScreen })),
)
const GoalsScreen = lazyScreen(() =>
  import('../features/goals/GoalsScreen').then((m) => ({ default: m.GoalsScreen })),
)
const ReviewsScreen = lazyScreen(() =>
  import('../features/reviews/ReviewsScreen').then((m) => ({ default: m.ReviewsScreen })),
)
const RequestsScreen = lazyScreen(() =>
  import('../features/requests/RequestsScreen').then((m) => ({ default: m.RequestsScreen })),
)
const EvaluationScreen = lazyScreen(() =>
  import('../features/evaluation/EvaluationScreen').then((m) => ({ default: m.EvaluationScreen })),
)
const ReportsScreen = lazyScreen(() =>
  import('../features/reports/ReportsScreen').then((m) => ({ default: m.ReportsScreen })),
)
const AgendaScreen = lazyScreen(() =>
  import('../features/agenda/AgendaScreen').then((m) => ({ default: m.AgendaScreen })),
)
const CareersScreen = lazyScreen(() =>
  import('../features/careers/CareersScreen').then((m) => ({ default: m.CareersScreen })),
)
const SettingsScreen = lazyScreen(() =>
  import('./screens/SettingsRoute').then((m) => ({ default: m.SettingsRoute })),
)

/**
 * Fetches the screens' code one at a time while the app is idle, so that opening a screen does
 * not wait for its code (the skills matrix waited ~190 ms). Returns a function that stops it.
 */
export function preloadScreensWhenIdle(): () => void {
  const whenIdle = (callback: () => void): (() => void) => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(callback, { timeout: 5000 })
      return () => cancelIdleCallback(handle)
    }
    const timer = setTimeout(callback, 200)
    return () => clearTimeout(timer)
  }
  let cancel = () => {}
  let isStopped = false
  const loadFrom = (index: number) => {
    const load = screenLoaders[index]
    if (isStopped || !load) return
    cancel = whenIdle(() => {
      load().then(
        () => loadFrom(index + 1),
        () => loadFrom(index + 1),
      )
    })
  }
  loadFrom(0)
  return () => {
    isStopped = true
    cancel()
  }
}

export interface AppRoute {
  id: RouteId
  path: string
  title: string
  icon: LucideIcon
  Screen: ComponentType
}

const icons: Record<RouteId, LucideIcon> = {
  dashboard: LayoutDashboard,
  agenda: CalendarCheck,
  people: Users,
  careers: TrendingUp,
  matrix: Grid3x3,
  skills: Layers,
  training: BookOpenCheck,
  goals: Target,
  checkins: MessagesSquare,
  evaluation: BarChart3,
  reviews: ClipboardCheck,
  requests: Send,
  reports: FileText,
  settings: Settings,
}

const screens: Record<RouteId, ComponentType> = {
  dashboard: DashboardRoute,
  agenda: AgendaScreen,
  people: PeopleScreen,
  careers: CareersScreen,
  matrix: MatrixScreen,
  skills: SkillsScreen,
  training: TrainingScreen,
  goals: GoalsScreen,
  checkins: CheckinsScreen,
  evaluation: EvaluationScreen,
  reviews: ReviewsScreen,
  requests: RequestsScreen,
  reports: ReportsScreen,
  settings: SettingsScreen,
}

export const appRoutes: AppRoute[] = routeList.map((route) => ({
  ...route,
  icon: icons[route.id],
  Screen: screens[route.id],
}))

export function findRoute(path: string): AppRoute {
  const first = `/${path.split('/')[1] ?? ''}`
  return appRoutes.find((route) => route.path === first) ?? appRoutes[0]!
}
