import type { LucideIcon } from 'lucide-react'
import type { ButtonHTMLAttributes } from 'react'

type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'aria-label' | 'children' | 'type'>

/**
 * A button that shows only an icon. Its `label` is its accessible name, and `IconTooltip` shows
 * that same name as the visible tooltip on hover and keyboard focus, so the two never differ.
 * Icon buttons side by side keep a gap (`.icon-button + .icon-button`); other attributes (`id`,
 * `disabled`, an extra `className`) pass through to the button.
 */
export function IconButton(
  props: ButtonProps & {
    label: string
    icon: LucideIcon
    /** The icon's size in pixels. */
    size?: number
  },
) {
  const { label, icon: Icon, size = 16, className, ...rest } = props
  return (
    <button
      type="button"
      {...rest}
      className={className ? `icon-button ${className}` : 'icon-button'}
      aria-label={label}
    >
      <Icon size={size} aria-hidden />
    </button>
  )
}
