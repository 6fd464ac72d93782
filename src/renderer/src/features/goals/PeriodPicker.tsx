import { describePeriod } from '../../../../shared/domain/goals/periods'
import { SelectField } from '../../ui/form'

export function PeriodPicker(props: {
  id: string
  value: string
  periods: string[]
  fiscalStartMonth: number
  onChange: (period: string) => void
}) {
  const { id, value, periods, fiscalStartMonth, onChange } = props
  return (
    <SelectField
      id={id}
      label="Period"
      value={value}
      options={periods.map((period) => ({
        value: period,
        label: describePeriod(period, fiscalStartMonth),
      }))}
      onChange={onChange}
    />
  )
}
