import type { ComponentProps, ReactNode } from 'react'
import { TextAreaField } from './fields'

/**
 * A record's description: two rows across the form, up to the 4,000 characters the records
 * keep (`description` in `src/shared/model`).
 */
export function DescriptionField(
  props: Omit<ComponentProps<typeof TextAreaField>, 'label'> & { label?: ReactNode },
) {
  return <TextAreaField label="Description" isWide rows={2} maxLength={4000} {...props} />
}
