import { Bold, List } from 'lucide-react'
import { useRef, type KeyboardEvent } from 'react'
import { IconButton } from '../../ui/IconButton'

/** A textarea with light formatting: Bold wraps the selection in **, List starts lines with "- ". */
export function NotesField(props: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  rows?: number
  hint?: string
  className?: string
  maxLength?: number
}) {
  const ref = useRef<HTMLTextAreaElement>(null)
  const { id, label, value, onChange } = props

  const replaceSelection = (transform: (selected: string) => string): void => {
    const area = ref.current
    if (!area) return
    const { selectionStart, selectionEnd } = area
    const next = transform(value.slice(selectionStart, selectionEnd))
    onChange(value.slice(0, selectionStart) + next + value.slice(selectionEnd))
    requestAnimationFrame(() => {
      area.focus()
      area.setSelectionRange(selectionStart, selectionStart + next.length)
    })
  }
  const makeBold = (): void => replaceSelection((text) => `**${text || 'bold'}**`)
  const makeList = (): void => {
    const area = ref.current
    if (!area) return
    // Whole lines: from the start of the first selected line.
    const lineStart = value.lastIndexOf('\n', area.selectionStart - 1) + 1
    area.setSelectionRange(lineStart, area.selectionEnd)
    replaceSelection((text) =>
      (text || '')
        .split('\n')
        .map((line) => (/^\s*[-*•]\s/.test(line) ? line : `- ${line}`))
        .join('\n'),
    )
  }
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'b') {
      event.preventDefault()
      makeBold()
    }
  }

  return (
    <div className={props.className ? `field notes-field ${props.className}` : 'field notes-field'}>
      <div className="notes-label-row">
        <label htmlFor={id}>{label}</label>
        <div className="notes-tools" role="toolbar" aria-label={`Formatting for ${label}`}>
          <IconButton label="Bold (Ctrl+B)" icon={Bold} onClick={makeBold} />
          <IconButton label="Bullet list" icon={List} onClick={makeList} />
        </div>
      </div>
      <textarea
        ref={ref}
        id={id}
        rows={props.rows ?? 4}
        value={value}
        maxLength={props.maxLength ?? 8000}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {props.hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {props.hint}
        </span>
      ) : null}
    </div>
  )
}
