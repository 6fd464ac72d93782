import { useCurrentWorkspace } from '../../app/workspace-store'
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
      <div className="field inline-field">
        <label htmlFor="fiscal-start">Fiscal year starts in</label>
        <select
          id="fiscal-start"
          value={month}
          onChange={(event) => void change(Number(event.target.value))}
        >
          {months.map((name, index) => (
            <option key={name} value={index + 1}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <p className="muted">
        Goal quarters follow it: with a July start, Q1 runs July to September. A fiscal year is
        named by the year it starts in. Goals already set keep their quarter names.
      </p>
    </section>
  )
}
