import {
  BarChart3,
  BookOpenCheck,
  ClipboardCheck,
  FileText,
  Grid3x3,
  LayoutDashboard,
  Layers,
  MessagesSquare,
  Settings,
  Target,
  Users,
  type LucideIcon,
} from 'lucide-react'
import { lazy, type ComponentType } from 'react'
import { DashboardScreen } from '../features/dashboard/DashboardScreen'
import { routeList, type RouteId } from './route-list'

// The home screen is in the first bundle; every other screen loads when first opened.
const CheckinsScreen = lazy(() =>
  import('../features/checkins/CheckinsScreen').then((m) => ({ default: m.CheckinsScreen })),
)
const GoalsScreen = lazy(() =>
  import('../features/goals/GoalsScreen').then((m) => ({ default: m.GoalsScreen })),
)
const EvaluationScreen = lazy(() =>
  import('../features/evaluation/EvaluationScreen').then((m) => ({ default: m.EvaluationScreen })),
)
const MatrixScreen = lazy(() =>
  import('../features/matrix/MatrixScreen').then((m) => ({ default: m.MatrixScreen })),
)
const PeopleScreen = lazy(() =>
  import('../features/people/PeopleScreen').then((m) => ({ default: m.PeopleScreen })),
)
const ReportsScreen = lazy(() =>
  import('../features/reports/ReportsScreen').then((m) => ({ default: m.ReportsScreen })),
)
const ReviewsScreen = lazy(() =>
  import('../features/reviews/ReviewsScreen').then((m) => ({ default: m.ReviewsScreen })),
)
const SettingsScreen = lazy(() =>
  import('../features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
)
const SkillsScreen = lazy(() =>
  import('../features/skills/SkillsScreen').then((m) => ({ default: m.SkillsScreen })),
)
const TrainingScreen = lazy(() =>
  import('../features/training/TrainingScreen').then((m) => ({ default: m.TrainingScreen })),
)

export interface AppRoute {
  id: RouteId
  path: string
  title: string
  icon: LucideIcon
  Screen: ComponentType
}

const icons: Record<RouteId, LucideIcon> = {
  dashboard: LayoutDashboard,
  people: Users,
  matrix: Grid3x3,
  skills: Layers,
  training: BookOpenCheck,
  goals: Target,
  checkins: MessagesSquare,
  evaluation: BarChart3,
  reviews: ClipboardCheck,
  reports: FileText,
  settings: Settings,
}

const screens: Record<RouteId, ComponentType> = {
  dashboard: DashboardScreen,
  people: PeopleScreen,
  matrix: MatrixScreen,
  skills: SkillsScreen,
  training: TrainingScreen,
  goals: GoalsScreen,
  checkins: CheckinsScreen,
  evaluation: EvaluationScreen,
  reviews: ReviewsScreen,
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
