export interface SelectOption {
  value: string
  label: string
}

/** A labelled native select: the one pattern every filter bar and form uses. */
export function SelectField(props: {
  id: string
  label: string
  value: string
  options: SelectOption[]
  onChange: (value: string) => void
  className?: string
}) {
  const { id, label, value, options, onChange, className } = props
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** Options from records with an id and a name, sorted by name, after any fixed options. */
export function toOptions(
  records: Array<{ id: string; name: string }>,
  ...first: SelectOption[]
): SelectOption[] {
  const sorted = [...records].sort((a, b) => a.name.localeCompare(b.name))
  return [...first, ...sorted.map((record) => ({ value: record.id, label: record.name }))]
}
