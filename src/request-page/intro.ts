import type { RequestPageData } from '../shared/domain/requests/formats'
import { requestKindLabels } from '../shared/domain/requests/kinds'
import { makeElement, makeLogo, type Child } from './dom'
import { formatLongDate, isExpired, isPastDue } from './dates'

export function makeMasthead(data: RequestPageData): HTMLElement {
  return makeElement('header', { class: 'masthead' }, [
    makeElement('div', { class: 'masthead-inner' }, [
      makeLogo(),
      makeElement('span', { class: 'masthead-name' }, ['Trellis']),
      makeElement('span', { class: 'masthead-note' }, [`A request from ${data.askedBy}`]),
    ]),
  ])
}

/** Paragraphs of plain text, split at blank lines; single line breaks stay (CSS pre-line). */
export function makeParagraphs(text: string, className: string): HTMLElement[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => makeElement('p', { class: className }, [part]))
}

function makeNotice(tone: 'info' | 'warning' | 'danger', heading: string, text: string) {
  return makeElement('div', { class: `notice notice-${tone}` }, [
    makeElement('p', { class: 'notice-heading' }, [heading]),
    makeElement('p', { class: 'notice-text' }, [text]),
  ])
}

export function describeExpiry(data: RequestPageData): string {
  return `It was open until ${formatLongDate(data.expiresOn)}, so answers can no longer be saved. If you still want to answer, ask ${data.askedBy} for a new request.`
}

function makeNotices(data: RequestPageData, today: string): Child[] {
  const notices: Child[] = []
  if (isExpired(data.expiresOn, today)) {
    notices.push(makeNotice('danger', 'This request has expired', describeExpiry(data)))
  } else if (isPastDue(data.dueDate, today)) {
    notices.push(
      makeNotice(
        'warning',
        'The due date has passed',
        `You can still answer until ${formatLongDate(data.expiresOn)}.`,
      ),
    )
  }
  if (data.kind === 'team-pulse') {
    notices.push(
      makeNotice(
        'info',
        'Your answers are anonymous',
        `The response file you save carries no name, and everyone in the team received this same page. ${data.askedBy} receives the files, so leave out details that would show who wrote them.`,
      ),
    )
  } else if (data.isAnonymous) {
    notices.push(
      makeNotice(
        'info',
        'Your name is not shown with your answers',
        `${data.askedBy} sees them without your name, together with other colleagues' answers.`,
      ),
    )
  }
  return notices
}

export function makeIntro(data: RequestPageData, today: string, draftNotice: Child): HTMLElement {
  return makeElement('section', { class: 'card intro', 'aria-labelledby': 'request-title' }, [
    makeElement('p', { class: 'eyebrow' }, [requestKindLabels[data.kind] ?? 'Request']),
    makeElement('h1', { id: 'request-title' }, [data.title]),
    makeElement('p', { class: 'asked-by' }, [
      'Asked by ',
      makeElement('strong', {}, [data.askedBy]),
    ]),
    makeElement('dl', { class: 'key-dates' }, [
      makeElement('div', {}, [
        makeElement('dt', {}, ['Please answer by']),
        makeElement('dd', {}, [formatLongDate(data.dueDate)]),
      ]),
      makeElement('div', {}, [
        makeElement('dt', {}, ['Open until']),
        makeElement('dd', {}, [formatLongDate(data.expiresOn)]),
      ]),
    ]),
    data.message.trim()
      ? makeElement('div', { class: 'message' }, makeParagraphs(data.message, 'message-text'))
      : null,
    ...makeNotices(data, today),
    draftNotice,
  ])
}

const contextLabels = [
  ['personName', 'For'],
  ['roleName', 'Role'],
  ['subjectName', 'Feedback about'],
  ['trainingTitle', 'Training'],
  ['cycleName', 'Review cycle'],
] as const

/** What the manager chose to include around the questions; null when there is nothing. */
export function makeContext(data: RequestPageData): HTMLElement | null {
  const context = data.context
  const facts = contextLabels.filter(([key]) => context[key].trim())
  const notes = context.notes.filter((note) => note.heading.trim() || note.text.trim())
  if (facts.length === 0 && notes.length === 0) return null
  return makeElement('section', { class: 'card context', 'aria-labelledby': 'context-heading' }, [
    makeElement('h2', { id: 'context-heading' }, ['About this request']),
    facts.length > 0
      ? makeElement(
          'dl',
          { class: 'facts' },
          facts.map(([key, label]) =>
            makeElement('div', {}, [
              makeElement('dt', {}, [label]),
              makeElement('dd', {}, [context[key]]),
            ]),
          ),
        )
      : null,
    ...notes.map((note) =>
      makeElement('div', { class: 'note' }, [
        note.heading.trim() ? makeElement('h3', {}, [note.heading]) : null,
        ...makeParagraphs(note.text, 'note-text'),
      ]),
    ),
  ])
}
