import type { RequestPageData } from '../shared/domain/requests/formats'
import { makeElement } from './dom'

export interface Actions {
  element: HTMLElement
  isBusy(): boolean
  setBusy(isBusy: boolean): void
  showStatus(text: string, tone: 'info' | 'error'): void
  showDone(): void
}

/** The closing card: what saving does, Save my answers, the plain copy, and what happened. */
export function makeActions(
  data: RequestPageData,
  fileName: string,
  handlers: { onSave: () => void; onPrint: () => void },
): Actions {
  const save = makeElement('button', { type: 'button', class: 'button button-primary' }, [
    'Save my answers',
  ])
  const print = makeElement('button', { type: 'button', class: 'button button-secondary' }, [
    'Print or save a plain copy',
  ])
  const status = makeElement('p', { class: 'status', role: 'status', id: 'status' })
  const doneHeading = makeElement('p', { class: 'notice-heading', tabindex: -1 }, [
    'Your answers are saved',
  ])
  const done = makeElement('div', { class: 'notice notice-success done', hidden: true }, [
    doneHeading,
    makeElement('p', { class: 'notice-text' }, [
      `Your browser saved “${fileName}”, usually in your Downloads folder. Send this file to ${data.askedBy}, for example as an email attachment. The copy of your answers kept in this browser has been cleared.`,
    ]),
  ])
  const element = makeElement(
    'section',
    { class: 'card actions', 'aria-labelledby': 'actions-heading' },
    [
      makeElement('h2', { id: 'actions-heading' }, ['When you are done']),
      makeElement('p', {}, [
        `“Save my answers” downloads one file, “${fileName}”. It is locked so that only ${data.askedBy}'s Trellis can open it.`,
      ]),
      makeElement('p', { class: 'muted' }, [
        'Until you save, your answers are kept in this browser, so you can close this page and come back to it. For a copy of your own, print the page or save it as PDF.',
      ]),
      makeElement('div', { class: 'action-buttons' }, [save, print]),
      status,
      done,
    ],
  )
  save.addEventListener('click', handlers.onSave)
  print.addEventListener('click', handlers.onPrint)

  let isBusy = false
  return {
    element,
    isBusy: () => isBusy,
    setBusy(value) {
      isBusy = value
      save.setAttribute('aria-busy', String(value))
      save.textContent = value ? 'Saving…' : 'Save my answers'
    },
    showStatus(text, tone) {
      done.hidden = true
      status.className = `status status-${tone}`
      // Emptied first, so the same message said twice is announced twice.
      status.textContent = ''
      requestAnimationFrame(() => (status.textContent = text))
    },
    showDone() {
      status.className = 'status status-info'
      status.textContent = `Saved “${fileName}”. Send this file to ${data.askedBy}.`
      done.hidden = false
      doneHeading.focus()
    },
  }
}
