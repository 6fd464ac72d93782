import type { Answer, AnswerValue, Question } from '../../model/requests'

/** Why an answer does not fit its question, in words that name the question. */
export function findAnswerProblem(question: Question, value: AnswerValue): string | null {
  const name = `“${question.prompt}”`
  if (value === null || (Array.isArray(value) && value.length === 0) || value === '') {
    return question.isRequired ? `${name} has no answer, but it is required.` : null
  }
  switch (question.type) {
    case 'scale': {
      const values = question.options.map((o) => o.value)
      if (typeof value !== 'number') return `The answer to ${name} is not a number on its scale.`
      if (!values.includes(value)) {
        return `The answer to ${name} is ${value}, which is not on its scale (${Math.min(...values)} to ${Math.max(...values)}).`
      }
      return null
    }
    case 'text':
      if (typeof value !== 'string') return `The answer to ${name} is not text.`
      return value.length > question.maxLength
        ? `The answer to ${name} is longer than ${question.maxLength} characters.`
        : null
    case 'list':
      if (!Array.isArray(value)) return `The answer to ${name} is not a list.`
      if (value.length > question.maxItems) {
        return `The answer to ${name} has ${value.length} items; at most ${question.maxItems} were asked for.`
      }
      return value.some((item) => item.length > question.itemMaxLength)
        ? `An item in the answer to ${name} is longer than ${question.itemMaxLength} characters.`
        : null
    case 'choice': {
      const allowed = new Set(question.options.map((o) => o.value))
      const picked = Array.isArray(value) ? value : typeof value === 'string' ? [value] : null
      if (picked === null) return `The answer to ${name} is not one of its choices.`
      if (!question.isMultiple && Array.isArray(value)) {
        return `The answer to ${name} picks several choices; only one was asked for.`
      }
      const stranger = picked.find((v) => !allowed.has(v))
      return stranger === undefined ? null : `The answer to ${name} is not one of its choices.`
    }
  }
}

/** The first problem of a set of answers against the questions asked, or null. */
export function findAnswersProblem(
  questions: readonly Question[],
  answers: readonly Answer[],
): string | null {
  const byId = new Map(questions.map((q) => [q.id, q]))
  const seen = new Set<string>()
  for (const answer of answers) {
    if (!byId.has(answer.questionId)) {
      return `It answers a question the request did not ask (${answer.questionId.slice(0, 60)}).`
    }
    if (seen.has(answer.questionId)) return 'It answers the same question twice.'
    seen.add(answer.questionId)
  }
  for (const question of questions) {
    const answer = answers.find((a) => a.questionId === question.id)
    const problem = findAnswerProblem(question, answer?.value ?? null)
    if (problem !== null) return problem
  }
  return null
}
