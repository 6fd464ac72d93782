import { AgendaCard } from '../../features/agenda/AgendaCard'
import { DashboardScreen } from '../../features/dashboard/DashboardScreen'

/** #/: the dashboard, with the agenda (agenda/) as its first card. */
export function DashboardRoute() {
  return <DashboardScreen agenda={<AgendaCard />} />
}
