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
import { DashboardScreen } from '../features/dashboard/DashboardScreen'
import { areaScreens } from '../features/area/area-screens'
import { AreaScreen } from '../features/area/AreaScreen'
import { SettingsScreen } from '../features/settings/SettingsScreen'

export type RouteId =
  | 'dashboard'
  | 'people'
  | 'matrix'
  | 'skills'
  | 'training'
  | 'goals'
  | 'checkins'
  | 'evaluation'
  | 'reviews'
  | 'reports'
  | 'settings'

export interface AppRoute {
  id: RouteId
  path: string
  title: string
  icon: LucideIcon
  Screen: ComponentType
}

function areaRoute(id: Exclude<RouteId, 'dashboard' | 'settings'>, icon: LucideIcon): AppRoute {
  const area = areaScreens[id]
  return {
    id,
    path: `/${id}`,
    title: area.title,
    icon,
    Screen: () => <AreaScreen area={area} />,
  }
}

export const appRoutes: AppRoute[] = [
  { id: 'dashboard', path: '/', title: 'Dashboard', icon: LayoutDashboard, Screen: DashboardScreen },
  areaRoute('people', Users),
  areaRoute('matrix', Grid3x3),
  areaRoute('skills', Layers),
  areaRoute('training', BookOpenCheck),
  areaRoute('goals', Target),
  areaRoute('checkins', MessagesSquare),
  areaRoute('evaluation', BarChart3),
  areaRoute('reviews', ClipboardCheck),
  areaRoute('reports', FileText),
  { id: 'settings', path: '/settings', title: 'Settings', icon: Settings, Screen: SettingsScreen },
]

export function findRoute(path: string): AppRoute {
  const first = `/${path.split('/')[1] ?? ''}`
  return appRoutes.find((route) => route.path === first) ?? appRoutes[0]!
}
