import type { RequestPageData } from '../shared/domain/requests/formats'
import { findAnswersProblem } from '../shared/domain/requests/check-answers'
import type { AnswerValue } from '../shared/model/requests'
import {
  buildResponseDocument,
  findUnansweredRequired,
  readDraft,
  serializeDraft,
  toAnswerValue,
  toDraftKey,
  toResponseFileName,
} from './answers'
import { describeMoment, findToday, isExpired } from './dates'
import { makeElement } from './dom'
import { groupQuestions } from './groups'
import { describeExpiry, makeContext, makeIntro, makeMasthead } from './intro'
import { makePlainCopy } from './plain-copy'
import type { QuestionView } from './question-frame'
import { makeQuestionView } from './question-views'
import { downloadFile, encryptResponse, makeResponseId } from './save'
import { makeActions, type Actions } from './actions'
import {
  readStoredDraft,
  removeStoredDraft,
  writeStoredDraft,
  type DraftStore,
} from './draft-store'

export interface PageOptions {
  now: () => Date
  store: DraftStore
}

const requiredMessage = 'Please answer this question: it is required.'

function describeMissing(count: number): string {
  return count === 1
    ? 'One required question has no answer yet; it is marked above. Nothing was saved.'
    : `${count} required questions have no answer yet; they are marked above. Nothing was saved.`
}

/** Builds the whole page into `root` and wires drafts, saving and printing. */
export function renderRequestPage(root: HTMLElement, data: RequestPageData, options: PageOptions) {
  const today = findToday(options.now())
  const draftKey = toDraftKey(data)
  const draft = readDraft(readStoredDraft(options.store, draftKey), data.questions)
  const views = new Map<string, QuestionView>()

  const readAnswers = (): Map<string, AnswerValue> =>
    new Map([...views].map(([id, view]) => [id, view.read()]))

  const handleChange = () => {
    const answers = readAnswers()
    writeStoredDraft(options.store, draftKey, serializeDraft(answers, options.now().toISOString()))
    for (const view of views.values()) {
      if (toAnswerValue(view.question, answers.get(view.question.id)) !== null) view.showError(null)
    }
  }
  for (const question of data.questions) {
    views.set(question.id, makeQuestionView(question, handleChange))
  }

  const draftNotice =
    draft && draft.answers.size > 0
      ? makeElement('div', { class: 'notice notice-info', id: 'draft-notice' }, [
          makeElement('p', { class: 'notice-heading' }, ['Your answers so far are back']),
          makeElement('p', { class: 'notice-text' }, [
            `You last changed them ${describeMoment(new Date(draft.savedAt), today)}. They are kept in this browser until you save them.`,
          ]),
        ])
      : null

  const fileName = toResponseFileName(data)
  const actions: Actions = makeActions(data, fileName, {
    onSave: () => void save(),
    onPrint: () => printPlainCopy(),
  })
  const hasRequired = data.questions.some((q) => q.isRequired)
  const main = makeElement('main', { id: 'main', class: 'page' }, [
    makeIntro(data, today, draftNotice),
    makeContext(data),
    hasRequired
      ? makeElement('p', { class: 'required-note' }, [
          'Questions marked ',
          makeElement('span', { class: 'required-tag' }, ['Required']),
          ' need an answer before you can save. Everything else is up to you.',
        ])
      : null,
    ...groupQuestions(data.questions).map((group, index) =>
      makeElement('section', { class: 'group', 'aria-labelledby': `group-${index}` }, [
        makeElement('h2', { id: `group-${index}`, class: 'group-heading' }, [group.heading]),
        ...group.questions.map((q) =>
          makeElement('div', { class: 'card question-card' }, [views.get(q.id)!.element]),
        ),
      ]),
    ),
    actions.element,
  ])
  const plainCopyHolder = makeElement('div', { class: 'plain-copy-holder' })
  root.replaceChildren(makeMasthead(data), main, plainCopyHolder)
  if (draft) for (const [id, value] of draft.answers) views.get(id)?.write(value)

  function printPlainCopy(): void {
    refreshPlainCopy()
    window.print()
  }
  function refreshPlainCopy(): void {
    plainCopyHolder.replaceChildren(makePlainCopy(data, readAnswers(), findToday(options.now())))
  }
  window.addEventListener('beforeprint', refreshPlainCopy)

  async function save(): Promise<void> {
    if (actions.isBusy()) return
    if (isExpired(data.expiresOn, findToday(options.now()))) {
      actions.showStatus(
        `This request has expired. ${describeExpiry(data)} Nothing was saved.`,
        'error',
      )
      return
    }
    const answers = readAnswers()
    const missing = findUnansweredRequired(data.questions, answers)
    for (const view of views.values()) {
      view.showError(missing.includes(view.question) ? requiredMessage : null)
    }
    if (missing.length > 0) {
      actions.showStatus(describeMissing(missing.length), 'error')
      views.get(missing[0]!.id)?.focus()
      return
    }
    const response = buildResponseDocument(data, answers, {
      responseId: makeResponseId(),
      submittedAt: options.now().toISOString(),
    })
    const problem = findAnswersProblem(data.questions, response.answers)
    if (problem !== null) {
      actions.showStatus(`${problem} Nothing was saved.`, 'error')
      return
    }
    actions.setBusy(true)
    try {
      downloadFile(await encryptResponse(response, data.recipient), fileName)
      removeStoredDraft(options.store, draftKey)
      draftNotice?.remove()
      actions.showDone()
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      actions.showStatus(
        `Your answers could not be saved (${reason}). Nothing was saved; your answers are still on this page.`,
        'error',
      )
    } finally {
      actions.setBusy(false)
    }
  }
}
