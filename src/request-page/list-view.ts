import type { Question } from '../shared/model/requests'
import { makeElement, makeId } from './dom'
import {
  makeQuestionFieldset,
  makeQuestionFrame,
  refreshDescribedBy,
  type QuestionView,
} from './question-frame'

type ListQuestion = Extract<Question, { type: 'list' }>

interface Row {
  item: HTMLLIElement
  label: HTMLLabelElement
  input: HTMLInputElement
  remove: HTMLButtonElement
}

/** Several short answers, one input each, with Add an item and a Remove per item. */
export function makeListView(question: ListQuestion, onChange: () => void): QuestionView {
  const frame = makeQuestionFrame(question)
  const rows: Row[] = []
  const list = makeElement('ol', { class: 'list-items' })
  const add = makeElement('button', { type: 'button', class: 'button button-secondary' }, [
    'Add an item',
  ])
  const limit = makeElement('p', { class: 'list-limit' }, [
    question.maxItems === 1 ? 'One item.' : `Up to ${question.maxItems} items.`,
  ])
  const fieldset = makeQuestionFieldset(frame, {}, [
    list,
    makeElement('div', { class: 'list-actions' }, [add, limit]),
  ])
  refreshDescribedBy(fieldset, frame)

  const renumber = () => {
    rows.forEach((row, index) => {
      row.label.textContent = `Item ${index + 1}`
      row.remove.setAttribute('aria-label', `Remove item ${index + 1}`)
    })
    add.disabled = rows.length >= question.maxItems
  }

  const addRow = (value: string): Row => {
    const id = makeId('item')
    const input = makeElement('input', {
      id,
      type: 'text',
      class: 'list-input',
      maxlength: question.itemMaxLength,
    })
    input.value = value
    const label = makeElement('label', { for: id, class: 'list-label' })
    const remove = makeElement('button', { type: 'button', class: 'button button-quiet' }, [
      'Remove',
    ])
    const item = makeElement('li', { class: 'list-item' }, [label, input, remove])
    const row = { item, label, input, remove }
    input.addEventListener('input', onChange)
    input.addEventListener('keydown', (event) => {
      // One point per line: Enter starts the next item, as a list on paper would.
      if (event.key !== 'Enter' || event.isComposing) return
      event.preventDefault()
      if (rows.length < question.maxItems) appendAndFocus()
    })
    remove.addEventListener('click', () => removeRow(row))
    rows.push(row)
    list.appendChild(item)
    renumber()
    return row
  }

  const appendAndFocus = () => {
    addRow('').input.focus()
    onChange()
  }

  const removeRow = (row: Row) => {
    const index = rows.indexOf(row)
    if (rows.length === 1) {
      row.input.value = ''
      row.input.focus()
    } else {
      rows.splice(index, 1)
      row.item.remove()
      renumber()
      ;(rows[index] ?? rows[index - 1])?.input.focus()
    }
    onChange()
  }

  add.addEventListener('click', appendAndFocus)
  addRow('')

  return {
    question,
    element: fieldset,
    read: () => rows.map((row) => row.input.value),
    write(value) {
      const items = Array.isArray(value) ? value.slice(0, question.maxItems) : []
      for (const row of rows.splice(0)) row.item.remove()
      for (const item of items.length > 0 ? items : ['']) addRow(item)
    },
    focus: () => rows[0]?.input.focus(),
    showError(message) {
      frame.setError(
        message,
        [rows[0]?.input].filter((i): i is HTMLInputElement => !!i),
      )
      refreshDescribedBy(fieldset, frame)
    },
  }
}
