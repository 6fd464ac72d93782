import type { LucideIcon } from 'lucide-react'
import type { ReactNode } from 'react'

export function EmptyState(props: {
  icon: LucideIcon
  title: string
  children: ReactNode
  actions?: ReactNode
}) {
  const { icon: Icon, title, children, actions } = props
  return (
    <section className="empty-state" aria-label={title}>
      <Icon className="empty-state-icon" size={32} aria-hidden />
      <h2>{title}</h2>
      <div className="empty-state-body">{children}</div>
      {actions ? <div className="empty-state-actions">{actions}</div> : null}
    </section>
  )
}
