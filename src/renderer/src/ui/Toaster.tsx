import { X } from 'lucide-react'
import { useToastStore, type Toast } from './toast-store'
import { describeError } from './format'
import { IconButton } from './IconButton'

export function Toaster() {
  const toasts = useToastStore((state) => state.toasts)
  return (
    <div className="toaster" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </div>
  )
}

function ToastItem({ toast }: { toast: Toast }) {
  const { dismiss, pause, resume, notify } = useToastStore.getState()
  const runAction = async (): Promise<void> => {
    if (!toast.action) return
    dismiss(toast.id)
    try {
      await toast.action.run()
    } catch (error) {
      notify('error', `${toast.action.label} failed: ${describeError(error)}`)
    }
  }
  return (
    <div
      className={`toast toast-${toast.tone}`}
      onMouseEnter={() => pause(toast.id)}
      onMouseLeave={() => resume(toast.id)}
      onFocus={() => pause(toast.id)}
      onBlur={() => resume(toast.id)}
    >
      <span className="toast-text">{toast.text}</span>
      {toast.action ? (
        <button type="button" className="button toast-action" onClick={() => void runAction()}>
          {toast.action.label}
        </button>
      ) : null}
      <IconButton
        label="Dismiss message"
        icon={X}
        title="Dismiss message"
        onClick={() => dismiss(toast.id)}
      />
    </div>
  )
}
