import type { SelectOption } from '../../ui/SelectField'

function RatingSelect(props: {
  id: string
  label: string
  value: number | null
  options: SelectOption[]
  onChange: (rating: number | null) => void
}) {
  return (
    <select
      id={props.id}
      aria-label={props.label}
      value={props.value === null ? '' : String(props.value)}
      onChange={(e) => props.onChange(e.target.value === '' ? null : Number(e.target.value))}
    >
      {props.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  )
}

export function RatingRow(props: {
  id: string
  name: string
  options: SelectOption[]
  rating: number | null
  onRate: (rating: number | null) => void
  selfRating?: number | null
  onSelfRate?: (rating: number | null) => void
}) {
  return (
    <tr>
      <th scope="row">{props.name}</th>
      <td>
        <RatingSelect
          id={props.id}
          label={`Rating for ${props.name}`}
          value={props.rating}
          options={props.options}
          onChange={props.onRate}
        />
      </td>
      {props.onSelfRate ? (
        <td>
          <RatingSelect
            id={`${props.id}-self`}
            label={`Self-review for ${props.name}`}
            value={props.selfRating ?? null}
            options={props.options}
            onChange={props.onSelfRate}
          />
        </td>
      ) : null}
    </tr>
  )
}
