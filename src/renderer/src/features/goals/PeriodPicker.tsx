import { describePeriod } from '../../../../shared/domain/goals/periods'

export function PeriodPicker(props: {
  id: string
  value: string
  periods: string[]
  fiscalStartMonth: number
  onChange: (period: string) => void
}) {
  const { id, value, periods, fiscalStartMonth, onChange } = props
  return (
    <div className="field">
      <label htmlFor={id}>Period</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {periods.map((period) => (
          <option key={period} value={period}>
            {describePeriod(period, fiscalStartMonth)}
          </option>
        ))}
      </select>
    </div>
  )
}
