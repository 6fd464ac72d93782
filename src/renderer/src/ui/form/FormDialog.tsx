import type { ReactNode } from 'react'
import { Modal } from '../Modal'

/**
 * The `Modal` around a form. The modal draws its body only while open, so the form (a component
 * of its own, holding `useForm`) mounts with each opening and starts from the stored record.
 * While there is nothing to ask, `notice` says why in place of the form, with a lone Close.
 */
export function FormDialog(props: {
  title: string
  isOpen: boolean
  onClose: () => void
  isWide?: boolean
  notice?: ReactNode
  children: ReactNode
}) {
  const { title, isOpen, onClose, isWide, notice } = props
  return (
    <Modal
      title={title}
      isOpen={isOpen}
      onClose={onClose}
      isWide={isWide}
      footer={
        notice ? (
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        ) : undefined
      }
    >
      {notice ?? props.children}
    </Modal>
  )
}
