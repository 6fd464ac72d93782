import type { Question } from '../shared/model/requests'

export interface QuestionGroup {
  heading: string
  questions: Question[]
}

/** Questions under their group's heading, groups in the order they first appear. */
export function groupQuestions(questions: readonly Question[]): QuestionGroup[] {
  const groups = new Map<string, QuestionGroup>()
  for (const question of questions) {
    const key = question.group.trim()
    const group = groups.get(key)
    if (group) group.questions.push(question)
    else groups.set(key, { heading: key || 'Questions', questions: [question] })
  }
  return [...groups.values()]
}
