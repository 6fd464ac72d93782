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
import type { ComponentType } from 'react'
import { CheckinsScreen } from '../features/checkins/CheckinsScreen'
import { DashboardScreen } from '../features/dashboard/DashboardScreen'
import { GoalsScreen } from '../features/goals/GoalsScreen'
import { EvaluationScreen } from '../features/evaluation/EvaluationScreen'
import { MatrixScreen } from '../features/matrix/MatrixScreen'
import { PeopleScreen } from '../features/people/PeopleScreen'
import { ReportsScreen } from '../features/reports/ReportsScreen'
import { ReviewsScreen } from '../features/reviews/ReviewsScreen'
import { SettingsScreen } from '../features/settings/SettingsScreen'
import { SkillsScreen } from '../features/skills/SkillsScreen'
import { TrainingScreen } from '../features/training/TrainingScreen'
import { routeList, type RouteId } from './route-list'

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
