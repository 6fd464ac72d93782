import { makeElement } from './dom'
import { findDraftStore } from './draft-store'
import { renderRequestPage } from './page'
import { readPageData } from './page-data'

/** The request page's program: reads the request from the page and builds the form. */
function startRequestPage(): void {
  const root = makeElement('div', { class: 'app' })
  document.body.appendChild(root)
  const data = readPageData(document)
  if (data === null) {
    root.appendChild(
      makeElement('main', { class: 'page' }, [
        makeElement('section', { class: 'card intro' }, [
          makeElement('h1', {}, ['This request cannot be shown']),
          makeElement('p', {}, [
            'The page is damaged or incomplete, so its questions cannot be read. Nothing was saved. Please ask the person who sent it for a new copy.',
          ]),
        ]),
      ]),
    )
    return
  }
  renderRequestPage(root, data, { now: () => new Date(), store: findDraftStore() })
  performance.mark('trellis-request:ready')
}

startRequestPage()
