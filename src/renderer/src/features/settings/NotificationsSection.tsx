import { useLiveQuery } from 'dexie-react-hooks'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { desktop } from '../../platform'
import { CheckboxField } from '../../ui/form'
import { notify } from '../../ui/toast-store'

const key = 'isNotificationsEnabled'

export function NotificationsSection() {
  const { db } = useCurrentWorkspace()
  const isEnabled = useLiveQuery(
    async () => (await db.settings.get(key))?.value !== false,
    [db],
    true,
  )

  const sendTest = async (): Promise<void> => {
    const { isShown } = await desktop.showNotification({
      title: 'Trellis',
      body: 'Notifications work. What becomes due on the agenda will appear like this.',
    })
    notify(
      isShown ? 'success' : 'info',
      isShown ? 'Sent a test notification.' : 'This system does not support desktop notifications.',
    )
  }

  return (
    <section className="card" aria-labelledby="notifications-title">
      <h2 id="notifications-title">Notifications</h2>
      <CheckboxField
        label="Remind me with a desktop notification when something on the agenda is due"
        checked={isEnabled}
        onChange={(checked) => void db.settings.put({ key, value: checked })}
      />
      <div className="row">
        <button
          type="button"
          className="button"
          onClick={() => void sendTest()}
          disabled={!isEnabled}
        >
          Send a test notification
        </button>
      </div>
    </section>
  )
}
