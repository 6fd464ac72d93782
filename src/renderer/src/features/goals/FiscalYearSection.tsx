import { useCurrentWorkspace } from '../../app/workspace-store'
import { SelectField } from '../../ui/form'
import { notify } from '../../ui/toast-store'
import { fiscalStartKey, useFiscalStartMonth } from './use-goals-data'

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** Settings: the month the fiscal year starts in, which sets the goal quarters. */
export function FiscalYearSection() {
  const { db } = useCurrentWorkspace()
  const month = useFiscalStartMonth()
  const change = async (value: number): Promise<void> => {
    await db.settings.put({ key: fiscalStartKey, value })
    notify('success', `The fiscal year now starts in ${months[value - 1]}.`)
  }
  return (
    <section className="card" aria-labelledby="fiscal-title">
      <h2 id="fiscal-title">Fiscal year</h2>
      <SelectField
        id="fiscal-start"
        className="inline-field"
        label="Fiscal year starts in"
        value={String(month)}
        options={months.map((name, index) => ({ value: String(index + 1), label: name }))}
        onChange={(value) => void change(Number(value))}
      />
      <p className="muted">
        Goal quarters follow it: with a July start, Q1 runs July to September. A fiscal year is
        named by the year it starts in. Goals already set keep their quarter names.
      </p>
    </section>
  )
}
