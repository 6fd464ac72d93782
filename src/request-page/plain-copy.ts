import type { RequestPageData } from '../shared/domain/requests/formats'
import type { AnswerValue } from '../shared/model/requests'
import { describeAnswer } from './answers'
import { formatLongDate } from './dates'
import { makeElement } from './dom'
import { groupQuestions } from './groups'

/**
 * The questions and answers as plain text, for printing or saving as PDF: the employee's own
 * copy. It replaces the form only on paper (the print stylesheet), so the page stays as it was.
 */
export function makePlainCopy(
  data: RequestPageData,
  answers: ReadonlyMap<string, AnswerValue>,
  today: string,
): HTMLElement {
  const facts = [
    `Asked by ${data.askedBy}`,
    data.context.personName.trim() ? `For ${data.context.personName}` : '',
    `Answer by ${formatLongDate(data.dueDate)}`,
    `Printed ${formatLongDate(today)}`,
  ].filter(Boolean)
  return makeElement(
    'article',
    { class: 'plain-copy', 'aria-label': 'Plain copy of your answers' },
    [
      makeElement('h1', {}, [data.title]),
      makeElement('p', { class: 'plain-facts' }, [facts.join(' · ')]),
      ...groupQuestions(data.questions).map((group) =>
        makeElement('section', {}, [
          group.heading ? makeElement('h2', {}, [group.heading]) : null,
          ...group.questions.map((question) => {
            const lines = describeAnswer(question, answers.get(question.id))
            return makeElement('div', { class: 'plain-question' }, [
              makeElement('h3', {}, [question.prompt]),
              ...(lines.length === 0
                ? [makeElement('p', { class: 'plain-empty' }, ['No answer'])]
                : question.type === 'list' || (question.type === 'choice' && question.isMultiple)
                  ? [
                      makeElement(
                        'ul',
                        {},
                        lines.map((line) => makeElement('li', {}, [line])),
                      ),
                    ]
                  : lines.map((line) => makeElement('p', { class: 'plain-answer' }, [line]))),
            ])
          }),
        ]),
      ),
    ],
  )
}
