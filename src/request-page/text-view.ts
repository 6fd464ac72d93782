import type { Question } from '../shared/model/requests'
import { makeElement, makeId } from './dom'
import { makeQuestionFrame, refreshDescribedBy, type QuestionView } from './question-frame'

type TextQuestion = Extract<Question, { type: 'text' }>

/** Near the limit the box says how many characters are left (maxlength stops the typing). */
function describeRemaining(length: number, maxLength: number): string {
  const left = maxLength - length
  if (left > Math.max(40, maxLength * 0.1)) return ''
  return left === 1 ? '1 character left' : `${left} characters left`
}

export function makeTextView(question: TextQuestion, onChange: () => void): QuestionView {
  const frame = makeQuestionFrame(question)
  const id = makeId('answer')
  const textarea = makeElement('textarea', {
    id,
    class: 'text-answer',
    rows: 4,
    maxlength: question.maxLength,
    'aria-required': question.isRequired ? 'true' : null,
  })
  const remaining = makeElement('p', { class: 'text-remaining', 'aria-live': 'polite' })
  const element = makeElement('div', { class: 'question' }, [
    makeElement('label', { class: 'question-prompt', for: id }, frame.promptContent),
    frame.help,
    textarea,
    remaining,
    frame.error,
  ])
  refreshDescribedBy(textarea, frame)
  const showRemaining = () => {
    remaining.textContent = describeRemaining(textarea.value.length, question.maxLength)
  }
  textarea.addEventListener('input', () => {
    showRemaining()
    onChange()
  })
  return {
    question,
    element,
    read: () => textarea.value,
    write(value) {
      textarea.value = typeof value === 'string' ? value.slice(0, question.maxLength) : ''
      showRemaining()
    },
    focus: () => textarea.focus(),
    showError(message) {
      frame.setError(message, [textarea])
      refreshDescribedBy(textarea, frame)
    },
  }
}
