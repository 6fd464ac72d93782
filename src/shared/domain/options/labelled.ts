/** A choice with the words a person reads for it, as a select or a radio group lists it. */
export interface LabelledOption<V extends string> {
  value: V
  label: string
}

/** The options of a closed set of values, in the order given, each with its label. */
export function toLabelledOptions<V extends string>(
  values: readonly V[],
  labels: Readonly<Record<V, string>>,
): Array<LabelledOption<V>> {
  return values.map((value) => ({ value, label: labels[value] }))
}
