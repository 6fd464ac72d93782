import { useState, type FormEvent } from 'react'
import type { ZodError } from 'zod'
import { describeError } from '../format'

/** What is wrong, and with which field ('form' when no one field is to blame). */
export interface FormProblem<F extends string = string> {
  field: F | 'form'
  text: string
}

/** The first issue of a zod verdict from `src/shared`, as a problem with the field at its path. */
export function problemFromZod<F extends string>(error: ZodError): FormProblem<F> {
  const issue = error.issues[0]
  const head = issue?.path[0]
  return {
    field: (typeof head === 'string' ? head : 'form') as F | 'form',
    text: issue?.message ?? 'Something in the form is not valid.',
  }
}

export interface FormOptions<D, F extends string> {
  /** Prefix of every control's id: `${idPrefix}-${field}`. */
  idPrefix: string
  initial: D | (() => D)
  /** The first problem with the draft, or null. Validation lives in `src/shared`; this only asks it. */
  check?: (draft: D) => FormProblem<F> | null
  /** Writes the draft; a thrown error is shown on the form (or on the field `fieldOfError` names). */
  save: (draft: D) => Promise<void> | void
  fieldOfError?: (text: string) => F | 'form'
}

export interface FormState<D, F extends string> {
  draft: D
  set: <K extends keyof D>(key: K, value: D[K]) => void
  update: (change: (draft: D) => D) => void
  problem: FormProblem<F> | null
  setProblem: (problem: FormProblem<F> | null) => void
  isBusy: boolean
  submit: (event?: FormEvent) => void
  /** The id of a field's control and the error to show under it: spread into a field part. */
  field: (name: F) => { id: string; error: string | undefined }
  /** The problem that belongs to no single field. */
  formError: string | undefined
}

/**
 * A dialog form's state: the draft, the one problem shown at a time, and the busy flag while it
 * saves. On a problem, focus moves to the field at fault, so a keyboard user lands where to fix it.
 */
export function useForm<D, F extends string>(options: FormOptions<D, F>): FormState<D, F> {
  const { idPrefix, initial, check, save, fieldOfError } = options
  const [draft, setDraft] = useState<D>(initial)
  const [problem, setProblem] = useState<FormProblem<F> | null>(null)
  const [isBusy, setIsBusy] = useState(false)
  const idOf = (name: string) => `${idPrefix}-${name}`

  const show = (found: FormProblem<F>): void => {
    setProblem(found)
    if (found.field !== 'form') {
      // After React has drawn the error, so the description is there when focus lands.
      requestAnimationFrame(() => document.getElementById(idOf(found.field))?.focus())
    }
  }

  const submit = (event?: FormEvent): void => {
    event?.preventDefault()
    if (isBusy) return
    const found = check?.(draft) ?? null
    if (found) return show(found)
    setProblem(null)
    setIsBusy(true)
    Promise.resolve()
      .then(() => save(draft))
      .catch((failure: unknown) => {
        const text = describeError(failure)
        show({ field: fieldOfError?.(text) ?? 'form', text })
      })
      .finally(() => setIsBusy(false))
  }

  return {
    draft,
    set: (key, value) => {
      setDraft((current) => ({ ...current, [key]: value }))
      setProblem((current) => (current?.field === key ? null : current))
    },
    update: (change) => setDraft(change),
    problem,
    setProblem,
    isBusy,
    submit,
    field: (name) => ({
      id: idOf(name),
      error: problem?.field === name ? problem.text : undefined,
    }),
    formError: problem?.field === 'form' ? problem.text : undefined,
  }
}
