import { useEffect, useRef, type ReactNode } from 'react'

/** A modal built on <dialog>: the browser traps focus, Escape closes, focus returns afterwards. */
export function Modal(props: {
  title: string
  isOpen: boolean
  onClose: () => void
  children: ReactNode
  footer?: ReactNode
  isWide?: boolean
}) {
  const { title, isOpen, onClose, children, footer, isWide } = props
  const ref = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (isOpen && !dialog.open) dialog.showModal()
    if (!isOpen && dialog.open) dialog.close()
  }, [isOpen])

  return (
    <dialog
      ref={ref}
      className={isWide ? 'modal modal-wide' : 'modal'}
      aria-labelledby="modal-title"
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      {isOpen ? (
        <>
          <h2 id="modal-title">{title}</h2>
          <div className="modal-body">{children}</div>
          {footer ? <div className="modal-footer">{footer}</div> : null}
        </>
      ) : null}
    </dialog>
  )
}
