import type { Question } from '../shared/model/requests'
import { makeListView } from './list-view'
import { makeOptionsView } from './options-view'
import type { QuestionView } from './question-frame'
import { makeTextView } from './text-view'

export function makeQuestionView(question: Question, onChange: () => void): QuestionView {
  switch (question.type) {
    case 'scale':
    case 'choice':
      return makeOptionsView(question, onChange)
    case 'text':
      return makeTextView(question, onChange)
    case 'list':
      return makeListView(question, onChange)
  }
}
