import type { AnswerValue, Question } from '../shared/model/requests'
import { joinIds, makeElement, makeId } from './dom'

/** One question on the page: its element and how the page reads, fills and flags it. */
export interface QuestionView {
  question: Question
  element: HTMLElement
  read(): AnswerValue
  write(value: AnswerValue): void
  /** Moves focus to the control to answer with (the first radio, the text box). */
  focus(): void
  showError(message: string | null): void
}

/** The parts every question shares: the prompt, "Required", the help and the error under it. */
export interface QuestionFrame {
  promptContent: Node[]
  help: HTMLElement | null
  error: HTMLElement
  /** aria-describedby for the question's group or control: help, then error while shown. */
  describedBy(): string | null
  setError(message: string | null, controls: readonly Element[]): void
}

export function makeQuestionFrame(question: Question): QuestionFrame {
  const helpId = makeId('help')
  const errorId = makeId('error')
  const help = question.help.trim()
    ? makeElement('p', { class: 'question-help', id: helpId }, [question.help])
    : null
  const error = makeElement('p', { class: 'question-error', id: errorId, hidden: true })
  const promptContent: Node[] = [makeElement('span', { class: 'question-text' }, [question.prompt])]
  if (question.isRequired) {
    promptContent.push(makeElement('span', { class: 'required-tag' }, ['Required']))
  }
  let hasError = false
  return {
    promptContent,
    help,
    error,
    describedBy: () => joinIds([help ? helpId : null, hasError ? errorId : null]),
    setError(message, controls) {
      hasError = message !== null
      error.textContent = message ?? ''
      error.hidden = message === null
      for (const control of controls) {
        if (hasError) control.setAttribute('aria-invalid', 'true')
        else control.removeAttribute('aria-invalid')
      }
    },
  }
}

/** A fieldset with the prompt as its legend, for questions answered with several controls. */
export function makeQuestionFieldset(
  frame: QuestionFrame,
  attributes: Record<string, string | boolean | null | undefined>,
  body: readonly Node[],
): HTMLFieldSetElement {
  return makeElement('fieldset', { class: 'question', ...attributes }, [
    makeElement('legend', { class: 'question-prompt' }, frame.promptContent),
    frame.help,
    ...body,
    frame.error,
  ])
}

export function refreshDescribedBy(element: Element, frame: QuestionFrame): void {
  const ids = frame.describedBy()
  if (ids === null) element.removeAttribute('aria-describedby')
  else element.setAttribute('aria-describedby', ids)
}
