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
  // The close event comes a task after dialog.close(). When the parent closed the modal (isOpen
  // went false) it must not call onClose again: by then the parent may have opened another
  // dialog from the same state (the app's one open dialog), which a second onClose would shut.
  const isOpenRef = useRef(isOpen)

  useEffect(() => {
    isOpenRef.current = isOpen
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
      onClose={() => {
        if (isOpenRef.current && !ref.current?.open) onClose()
      }}
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
