import type { AnswerValue, Question } from '../shared/model/requests'
import { makeElement, makeId } from './dom'
import {
  makeQuestionFieldset,
  makeQuestionFrame,
  refreshDescribedBy,
  type QuestionView,
} from './question-frame'

type OptionsQuestion = Extract<Question, { type: 'scale' | 'choice' }>

interface Option {
  key: string
  label: string
  descriptor: string
}

function listOptions(question: OptionsQuestion): Option[] {
  return question.type === 'scale'
    ? question.options.map((o) => ({
        key: String(o.value),
        label: o.label,
        descriptor: o.descriptor.trim(),
      }))
    : question.options.map((o) => ({ key: o.value, label: o.label, descriptor: '' }))
}

/** Numbers in a row (eNPS), cards with descriptors (skill levels), or wrapping choices. */
function chooseLayout(question: OptionsQuestion, options: readonly Option[]): string {
  if (question.type === 'scale' && options.every((o) => o.label.length <= 3)) return 'numbers'
  if (options.some((o) => o.descriptor)) return 'stack'
  return options.length > 8 ? 'columns' : 'row'
}

function makeOption(option: Option, type: 'radio' | 'checkbox', name: string, layout: string) {
  const input = makeElement('input', { type, name, value: option.key, class: 'option-input' })
  // In the numbers row only the ends carry words; the label names them so a screen reader says both.
  const hiddenWords =
    layout === 'numbers' && option.descriptor
      ? makeElement('span', { class: 'visually-hidden' }, [`, ${option.descriptor}`])
      : null
  const text = makeElement('span', { class: 'option-text' }, [
    makeElement('span', { class: 'option-label' }, [option.label]),
    hiddenWords,
    layout !== 'numbers' && option.descriptor
      ? makeElement('span', { class: 'option-descriptor' }, [option.descriptor])
      : null,
  ])
  return { input, label: makeElement('label', { class: 'option' }, [input, text]) }
}

function makeEndCaptions(options: readonly Option[]): HTMLElement | null {
  const first = options[0]?.descriptor
  const last = options[options.length - 1]?.descriptor
  if (!first && !last) return null
  return makeElement('div', { class: 'option-ends', 'aria-hidden': 'true' }, [
    makeElement('span', {}, [first ?? '']),
    makeElement('span', {}, [last ?? '']),
  ])
}

/** A scale or a choice: radios, or checkboxes when several may be picked. */
export function makeOptionsView(question: OptionsQuestion, onChange: () => void): QuestionView {
  const frame = makeQuestionFrame(question)
  const options = listOptions(question)
  const isMultiple = question.type === 'choice' && question.isMultiple
  const layout = chooseLayout(question, options)
  const name = makeId('question')
  const made = options.map((o) => makeOption(o, isMultiple ? 'checkbox' : 'radio', name, layout))
  const inputs = made.map((m) => m.input)
  const clear =
    !isMultiple && !question.isRequired
      ? makeElement('button', { type: 'button', class: 'link-button', hidden: true }, [
          'Clear answer',
        ])
      : null
  const groupAttributes: Record<string, string | null> = isMultiple
    ? {}
    : { role: 'radiogroup', 'aria-required': question.isRequired ? 'true' : null }
  const fieldset = makeQuestionFieldset(
    frame,
    groupAttributes,
    [
      makeElement(
        'div',
        { class: `options options-${layout}` },
        made.map((m) => m.label),
      ),
      layout === 'numbers' ? makeEndCaptions(options) : null,
      clear,
    ].filter((node): node is HTMLElement => node !== null),
  )
  refreshDescribedBy(fieldset, frame)

  const showClear = () => {
    if (clear) clear.hidden = !inputs.some((input) => input.checked)
  }
  for (const input of inputs) {
    input.addEventListener('change', () => {
      showClear()
      onChange()
    })
  }
  clear?.addEventListener('click', () => {
    for (const input of inputs) input.checked = false
    showClear()
    inputs[0]?.focus()
    onChange()
  })

  const read = (): AnswerValue => {
    const picked = inputs.filter((input) => input.checked).map((input) => input.value)
    if (isMultiple) return picked
    const [first] = picked
    if (first === undefined) return null
    return question.type === 'scale' ? Number(first) : first
  }
  return {
    question,
    element: fieldset,
    read,
    write(value) {
      const keys = Array.isArray(value) ? value : value === null ? [] : [String(value)]
      for (const input of inputs) input.checked = keys.includes(input.value)
      showClear()
    },
    focus() {
      ;(inputs.find((input) => input.checked) ?? inputs[0])?.focus()
    },
    showError(message) {
      frame.setError(message, isMultiple ? inputs : [fieldset])
      refreshDescribedBy(fieldset, frame)
    },
  }
}
