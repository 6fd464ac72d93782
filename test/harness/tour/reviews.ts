// Reviews: a cycle, the review editor with its evidence, bias panel and the self-review's answers,
// calibration and the 9-box, and the cycle dialogs.
import { expect } from '@playwright/test'
import type { Tour } from './tour'

/** Her draft raises bias flags (the dashboard lists them), so the bias panel has something to say. */
const reviewed = 'Lucía Romero'

export async function tourReviews(tour: Tour): Promise<void> {
  const { page } = tour
  await tour.goTo('/reviews', 'Reviews')
  await expect(page.getByRole('button', { name: /^Open the review of / }).first()).toBeVisible()
  await tour.shoot('reviews-cycle')

  await page.getByRole('button', { name: `Open the review of ${reviewed}` }).click()
  const editor = await tour.dialog(`Review: ${reviewed}`)
  await expect(editor.getByRole('heading', { name: 'Bias checks' })).toBeVisible()
  await tour.shoot('reviews-editor')
  await tour.shoot('reviews-bias-panel', {
    scrollTo: editor.getByRole('heading', { name: 'Bias checks' }),
  })
  // Her self-review came back (sample requests.ts): her answers beside the manager's draft.
  await tour.shoot('reviews-in-their-words', {
    scrollTo: editor.getByRole('heading', { name: 'In their words' }),
  })
  await tour.closeDialog(editor)

  await page.getByRole('button', { name: /^Add people/ }).click()
  const addPeople = await tour.dialog(/^Add people to /)
  await tour.shoot('reviews-add-people')
  await tour.closeDialog(addPeople)
  await page.getByRole('button', { name: 'New review cycle' }).click()
  const cycle = await tour.dialog('New review cycle')
  await tour.shoot('reviews-new-cycle')
  await tour.closeDialog(cycle)

  await tour.openTab('Calibration')
  await expect(page.getByRole('heading', { name: 'Distribution of overall ratings' })).toBeVisible()
  await tour.shoot('reviews-calibration')
  const nineBox = page.getByRole('heading', { name: '9-box: performance and potential' })
  await tour.shoot('reviews-nine-box', { scrollTo: nineBox })
  const placed = page.getByRole('table', { name: '9-box grid' }).getByRole('button').first()
  const placedName = (await placed.innerText()).replace(/ \*$/, '').trim()
  await placed.click()
  const move = await tour.dialog(`Move ${placedName}`)
  await tour.shoot('reviews-nine-box-move')
  await tour.closeDialog(move)
}
