import type { ReactNode } from 'react'
import { PageHeader } from '../../ui/PageHeader'

/**
 * The Settings page; its sections (this folder's and those of workspaces/, backups/, checkins/
 * and goals/) are the children, in order, from app/screens/SettingsRoute.tsx.
 */
export function SettingsScreen(props: { children: ReactNode }) {
  return (
    <div className="page">
      <PageHeader
        title="Settings"
        description="Workspaces, appearance and notifications. Everything stays on this computer."
      />
      {props.children}
    </div>
  )
}
