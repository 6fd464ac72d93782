import type { FormState } from './use-form'

/** What a field part needs from the form: its id and error, its value and how to change it. */
export interface FieldBinding {
  id: string
  error: string | undefined
  value: string
  onChange: (value: string) => void
}

/**
 * A text of the draft bound to its field part: spread into a text, text-area, number, date or
 * select field. A select's value is one of its options, so a union of strings binds too.
 */
export function bindText<D extends Record<K, string>, F extends string, K extends F & keyof D>(
  form: FormState<D, F>,
  name: K,
): FieldBinding {
  return {
    ...form.field(name),
    value: form.draft[name],
    onChange: (value) => form.set(name, value as D[K]),
  }
}

/** A text of the draft that may be null (no team, no date): shown empty, and empty is stored as null. */
export function bindOptionalText<
  D extends Record<K, string | null>,
  F extends string,
  K extends F & keyof D,
>(form: FormState<D, F>, name: K): FieldBinding {
  return {
    ...form.field(name),
    value: form.draft[name] ?? '',
    onChange: (value) => form.set(name, (value === '' ? null : value) as D[K]),
  }
}

type ListKey<D> = { [K in keyof D]: D[K] extends ReadonlyArray<object> ? K : never }[keyof D]
type RowOf<L> = L extends ReadonlyArray<infer R> ? R : never

/** A list of the draft that `FormRows` edits, a row at a time. */
export interface RowsBinding<R> {
  rows: R[]
  /** Changes one control of one row, and clears its problem. */
  setRow: <K extends keyof R>(index: number, key: K, value: R[K]) => void
  add: (row: R) => void
  remove: (index: number) => void
  /**
   * One control of one row bound to its field part: the id and error of its problem
   * (`${prefix}-${index}-${key}`), its value, and an onChange that sets it (see setRow).
   */
  field: <K extends keyof R & string>(index: number, key: K) => RowFieldBinding<R[K]>
}

/** What a field part needs for one control of one row of a list. */
export interface RowFieldBinding<V> {
  id: string
  error: string | undefined
  value: V
  onChange: (value: V) => void
}

/**
 * Binds the list `name` of the draft to its rows. Problems name a row's control by position,
 * `${prefix}-${index}-${key}` ("step-2-weeks"), so adding or removing a row clears any of them:
 * the positions they speak of have just changed.
 */
export function bindRows<D, F extends string, K extends ListKey<D>>(
  form: FormState<D, F>,
  name: K,
  prefix: string,
): RowsBinding<RowOf<D[K]>> {
  type R = RowOf<D[K]>
  const rows = form.draft[name] as R[]
  const change = (next: R[]): void => {
    form.set(name, next as D[K])
    if (form.problem?.field.startsWith(`${prefix}-`)) form.setProblem(null)
  }
  const setRow: RowsBinding<R>['setRow'] = (index, key, value) => {
    form.update((current) => ({
      ...current,
      [name]: (current[name] as R[]).map((row, i) =>
        i === index ? ({ ...(row as object), [key]: value } as R) : row,
      ),
    }))
    if (form.problem?.field === `${prefix}-${index}-${String(key)}`) form.setProblem(null)
  }
  return {
    rows,
    setRow,
    add: (row) => change([...rows, row]),
    remove: (index) => change(rows.filter((_, i) => i !== index)),
    field: (index, key) => ({
      ...form.field(`${prefix}-${index}-${key}` as F),
      value: rows[index]![key],
      onChange: (value) => setRow(index, key, value),
    }),
  }
}
