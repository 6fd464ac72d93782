import type { Answer, InputRequest, Question, RequestRecipient } from '../../model/requests'
import { responseFormat, type ResponseDocument } from './formats'

/** The response a page writes for these answers (the sample company and tests use it too). */
export function createResponseDocument(
  request: InputRequest,
  recipient: RequestRecipient,
  options: { workspaceId: string; responseId: string; submittedAt: string; answers: Answer[] },
): ResponseDocument {
  return {
    format: responseFormat,
    formatVersion: 1,
    workspaceId: options.workspaceId,
    requestId: request.id,
    token: recipient.token,
    responseId: options.responseId,
    submittedAt: options.submittedAt,
    answers: options.answers,
  }
}

/** A plausible answer to every question: `pick` chooses among a scale's or a choice's values. */
export function answerEveryQuestion(
  questions: readonly Question[],
  pick: (question: Question, count: number) => number,
  texts: (question: Question) => string = (q) => `About ${q.prompt.toLowerCase()}`,
): Answer[] {
  return questions.map((question): Answer => {
    switch (question.type) {
      case 'scale':
        return {
          questionId: question.id,
          value: question.options[pick(question, question.options.length)]!.value,
        }
      case 'choice': {
        const option = question.options[pick(question, question.options.length)]!.value
        return { questionId: question.id, value: question.isMultiple ? [option] : option }
      }
      case 'list':
        return { questionId: question.id, value: [texts(question)] }
      case 'text':
        return { questionId: question.id, value: texts(question).slice(0, question.maxLength) }
    }
  })
}
