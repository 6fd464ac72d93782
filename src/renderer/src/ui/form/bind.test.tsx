// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { bindOptionalText, bindRows, bindText } from './bind'
import { useForm, type FormState } from './use-form'

interface Row {
  id: string
  skill: string
  level: string
}
interface Draft {
  title: string
  teamId: string | null
  rows: Row[]
}
type Control = 'title' | 'teamId' | 'rows' | `row-${number}-${'skill' | 'level'}`

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })

/** Renders a real `useForm` and hands back its latest state after every render. */
function renderForm(initial: Draft): () => FormState<Draft, Control> {
  let latest: FormState<Draft, Control> | undefined
  function Probe() {
    latest = useForm<Draft, Control>({ idPrefix: 'probe', initial, save: () => {} })
    return null
  }
  const root = createRoot(document.createElement('div'))
  act(() => root.render(<Probe />))
  unmounts.push(() => act(() => root.unmount()))
  return () => latest!
}
const unmounts: Array<() => void> = []
afterEach(() => unmounts.splice(0).forEach((unmount) => unmount()))

const row = (id: string, skill = '', level = '3'): Row => ({ id, skill, level })

describe('bindText', () => {
  it('gives the field its id, error and value, and writes what is typed', () => {
    const form = renderForm({ title: 'Old', teamId: null, rows: [] })
    act(() => form().setProblem({ field: 'title', text: 'Give it a title.' }))
    const binding = bindText(form(), 'title')
    expect(binding).toMatchObject({ id: 'probe-title', error: 'Give it a title.', value: 'Old' })

    act(() => binding.onChange('New'))
    expect(form().draft.title).toBe('New')
    expect(form().problem).toBeNull()
  })
})

describe('bindOptionalText', () => {
  it('shows null as empty and stores empty as null', () => {
    const form = renderForm({ title: '', teamId: null, rows: [] })
    expect(bindOptionalText(form(), 'teamId').value).toBe('')

    act(() => bindOptionalText(form(), 'teamId').onChange('team-1'))
    expect(form().draft.teamId).toBe('team-1')
    expect(bindOptionalText(form(), 'teamId').value).toBe('team-1')

    act(() => bindOptionalText(form(), 'teamId').onChange(''))
    expect(form().draft.teamId).toBeNull()
  })
})

describe('bindRows', () => {
  it('changes one control of one row and clears only that control’s problem', () => {
    const form = renderForm({ title: '', teamId: null, rows: [row('a'), row('b')] })
    act(() => form().setProblem({ field: 'row-1-skill', text: 'Choose a skill.' }))

    act(() => bindRows(form(), 'rows', 'row').setRow(0, 'skill', 'espresso'))
    expect(form().draft.rows).toEqual([row('a', 'espresso'), row('b')])
    expect(form().problem?.field).toBe('row-1-skill')

    act(() => bindRows(form(), 'rows', 'row').setRow(1, 'skill', 'latte art'))
    expect(form().draft.rows[1]).toEqual(row('b', 'latte art'))
    expect(form().problem).toBeNull()
  })

  it('adds and removes rows, clearing problems that name a row by position', () => {
    const form = renderForm({ title: '', teamId: null, rows: [row('a'), row('b')] })
    act(() => form().setProblem({ field: 'row-1-level', text: 'Choose a level.' }))

    act(() => bindRows(form(), 'rows', 'row').remove(0))
    expect(form().draft.rows.map((r) => r.id)).toEqual(['b'])
    expect(form().problem).toBeNull()

    act(() => form().setProblem({ field: 'rows', text: 'Add at least one skill.' }))
    act(() => bindRows(form(), 'rows', 'row').add(row('c')))
    expect(form().draft.rows.map((r) => r.id)).toEqual(['b', 'c'])
    expect(form().problem).toBeNull()
  })

  it('binds one control of one row to its field part: id, error, value and onChange', () => {
    const form = renderForm({ title: '', teamId: null, rows: [row('a'), row('b', 'espresso')] })
    act(() => form().setProblem({ field: 'row-1-level', text: 'Choose a level.' }))
    const level = bindRows(form(), 'rows', 'row').field(1, 'level')
    expect(level).toMatchObject({ id: 'probe-row-1-level', error: 'Choose a level.', value: '3' })
    expect(bindRows(form(), 'rows', 'row').field(1, 'skill').value).toBe('espresso')

    act(() => level.onChange('4'))
    expect(form().draft.rows).toEqual([row('a'), row('b', 'espresso', '4')])
    expect(form().problem).toBeNull()
  })

  it('keeps a problem elsewhere in the form when the rows change', () => {
    const form = renderForm({ title: '', teamId: null, rows: [row('a')] })
    act(() => form().setProblem({ field: 'title', text: 'Give it a title.' }))
    act(() => bindRows(form(), 'rows', 'row').add(row('b')))
    expect(form().problem?.field).toBe('title')
  })
})
