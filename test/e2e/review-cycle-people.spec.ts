import type { Page } from '@playwright/test'
import type { Review, ReviewCycle } from '../../src/shared/model'
import { expect, test } from '../harness/fixture'
import { goTo, openSampleCompany } from './helpers'
import { readAllRecords, readStore } from '../support/read-records'

const cycleName = 'Roastery and café H2'
const ben = "Ben O'Connor"

async function readCycle(page: Page): Promise<{ cycle: ReviewCycle; reviews: Review[] }> {
  const cycle = (await readStore<ReviewCycle>(page, 'reviewCycles')).find(
    (c) => c.name === cycleName,
  )
  if (!cycle) throw new Error(`No cycle named ${cycleName} is stored.`)
  const reviews = (await readStore<Review>(page, 'reviews')).filter((r) => r.cycleId === cycle.id)
  return { cycle, reviews }
}

test('a cycle of hand-picked people, someone added later, someone removed and undone', async ({
  app,
}) => {
  test.setTimeout(120_000)
  const { page } = app
  await openSampleCompany(page)
  await goTo(page, 'Reviews')
  const cyclesBefore = await readStore<ReviewCycle>(page, 'reviewCycles')

  await test.step('create a cycle, hand-picking people by search, tick, team and chip', async () => {
    await page.getByRole('button', { name: 'New review cycle' }).click()
    const dialog = page.getByRole('dialog', { name: 'New review cycle' })
    await dialog.getByRole('button', { name: 'Create cycle' }).click()
    await expect(dialog.getByLabel('Name')).toBeFocused()
    await expect(dialog.getByRole('alert')).toHaveText('Give the cycle a name.')
    await dialog.getByLabel('Name').fill(cycleName)
    await dialog.getByLabel('Rater (can be changed per review)').fill('Tomás Ferreira')
    await dialog.getByLabel('Period starts').fill('2026-07-01')
    await dialog.getByLabel('Period ends').fill('2026-06-30')
    await dialog.getByRole('button', { name: 'Create cycle' }).click()
    await expect(dialog.getByRole('alert')).toHaveText('The period ends before it starts.')
    await dialog.getByLabel('Period ends').fill('2026-12-31')
    await dialog.getByRole('button', { name: 'Create cycle' }).click()
    const search = dialog.getByLabel('Find a person, role or team')
    await expect(search).toBeFocused()
    await expect(dialog.getByRole('alert')).toHaveText(
      'Choose at least one person to review: a whole team or people one by one.',
    )
    expect(await readStore(page, 'reviewCycles')).toEqual(cyclesBefore)

    // By keyboard: a search, then Enter chooses what it found and empties the search.
    await search.fill('kowalczyk')
    await expect(dialog.getByRole('checkbox', { name: /Marta Kowalczyk/ })).toBeVisible()
    await expect(dialog.getByRole('checkbox', { name: /Aoife Brennan/ })).toHaveCount(0)
    await search.press('Enter')
    await expect(search).toHaveValue('')
    await expect(dialog.getByRole('status')).toHaveText('1 person will get a draft review.')
    await expect(dialog).toBeVisible()
    expect(await readStore(page, 'reviewCycles')).toEqual(cyclesBefore)
    await expect(dialog.getByRole('checkbox', { name: /Marta Kowalczyk/ })).toBeChecked()

    // Each person shows their role, and a search finds a role too.
    await search.fill('roaster')
    await expect(
      dialog.getByRole('checkbox', { name: /^Aoife Brennan\s*, Roaster$/ }),
    ).toBeVisible()
    // Escape empties the search and keeps the dialog open; Space ticks the focused person.
    await search.fill('zzz')
    await expect(dialog.getByText('Nobody matches “zzz”.')).toBeVisible()
    await search.press('Escape')
    await expect(search).toHaveValue('')
    await expect(dialog).toBeVisible()
    await dialog.getByRole('checkbox', { name: /Aoife Brennan/ }).focus()
    await page.keyboard.press('Space')
    await expect(dialog.getByRole('checkbox', { name: /Aoife Brennan/ })).toBeChecked()
    await dialog.getByRole('checkbox', { name: 'Everyone in Café Support (8)' }).check()
    await expect(dialog.getByRole('status')).toHaveText('10 people will get a draft review.')
    await dialog.getByRole('button', { name: `Take ${ben} off the choice` }).click()
    await expect(dialog.getByRole('checkbox', { name: new RegExp(`^${ben}`) })).not.toBeChecked()
    await expect(dialog.getByRole('status')).toHaveText('9 people will get a draft review.')
    await expect(
      dialog.getByRole('list', { name: 'Chosen people' }).getByRole('button'),
    ).toHaveCount(9)
    await dialog.getByRole('button', { name: 'Create cycle' }).click()
    await expect(page.getByText(`Created ${cycleName} with 9 draft reviews.`)).toBeVisible()
    await expect(dialog).toBeHidden()
  })

  const people = await readStore<{ id: string; displayName: string; teamId: string | null }>(
    page,
    'people',
  )
  const idOf = (name: string) => people.find((p) => p.displayName === name)!.id
  const cafe = (await readStore<{ id: string; name: string }>(page, 'teams')).find(
    (t) => t.name === 'Café Support',
  )!
  const cafeIds = people.filter((p) => p.teamId === cafe.id).map((p) => p.id)
  const picked = [
    idOf('Marta Kowalczyk'),
    idOf('Aoife Brennan'),
    ...cafeIds.filter((id) => id !== idOf(ben)),
  ].sort()

  await test.step('the cycle and a draft review for each chosen person are stored', async () => {
    const { cycle, reviews } = await readCycle(page)
    expect({ ...cycle, id: '', personIds: [...cycle.personIds].sort() }).toEqual({
      id: '',
      name: cycleName,
      periodStart: '2026-07-01',
      periodEnd: '2026-12-31',
      personIds: picked,
    })
    expect(reviews.map((r) => r.personId).sort()).toEqual(picked)
    expect(new Set(reviews.map((r) => `${r.state} by ${r.raterName}`))).toEqual(
      new Set(['draft by Tomás Ferreira']),
    )
    await expect(page.getByLabel('Review cycle')).toHaveValue(cycle.id)
    await expect(page.getByText(/^9 people · period 2026-07-01 to 2026-12-31/)).toBeVisible()
  })

  await test.step('add someone later: only active people not yet in are offered', async () => {
    await page.getByRole('button', { name: 'Add people…' }).click()
    const dialog = page.getByRole('dialog', { name: `Add people to ${cycleName}` })
    await expect(dialog.getByLabel(/^Rater of their reviews/)).toHaveValue('Tomás Ferreira')
    await expect(dialog.getByRole('checkbox', { name: /Aoife Brennan/ })).toHaveCount(0)
    await expect(dialog.getByRole('checkbox', { name: /Liam Doherty/ })).toHaveCount(0)
    await dialog.getByRole('button', { name: 'Add to cycle' }).click()
    await expect(dialog.getByRole('alert')).toHaveText('Choose at least one person to add.')
    const search = dialog.getByLabel('Find a person, role or team')
    await expect(search).toBeFocused()
    await search.fill('ben o')
    await search.press('Enter')
    await expect(dialog.getByRole('status')).toHaveText('1 person will get a draft review.')
    await dialog.getByRole('button', { name: 'Add to cycle' }).click()
    await expect(page.getByText(`Added ${ben} to ${cycleName} with a draft review.`)).toBeVisible()
    const { cycle, reviews } = await readCycle(page)
    expect(cycle.personIds).toEqual(expect.arrayContaining([idOf(ben)]))
    expect(cycle.personIds).toHaveLength(10)
    const added = reviews.find((r) => r.personId === idOf(ben))
    expect(added).toMatchObject({ state: 'draft', raterName: 'Tomás Ferreira', strengths: '' })
  })

  await test.step('write into the new draft, remove its person, and undo', async () => {
    await page.getByRole('button', { name: `Open the review of ${ben}` }).click()
    const editor = page.getByRole('dialog', { name: new RegExp(`^Review: ${ben}`) })
    await editor.getByLabel('Strengths').fill('Fixes a grinder before the café opens.')
    await editor.getByRole('button', { name: 'Save review' }).click()
    await expect(editor).toBeHidden()
    const before = await readAllRecords(page)

    await page.getByRole('button', { name: `Remove ${ben} from the cycle` }).click()
    const confirm = page.getByRole('dialog', { name: `Remove ${ben} from ${cycleName}?` })
    await expect(confirm).toContainText(
      `${ben} leaves the cycle and their draft review is deleted, with the ratings and notes already in it.`,
    )
    await confirm.getByRole('button', { name: 'Cancel' }).click()
    expect(await readAllRecords(page)).toEqual(before)

    await page.getByRole('button', { name: `Remove ${ben} from the cycle` }).click()
    await confirm.getByRole('button', { name: 'Remove from cycle' }).click()
    const toast = page.locator('.toast', {
      hasText: `Removed ${ben} from ${cycleName} and deleted their draft review.`,
    })
    await expect(toast).toBeVisible()
    await expect(page.getByRole('button', { name: 'Add people…' })).toBeFocused()
    await expect(page.getByRole('button', { name: `Open the review of ${ben}` })).toHaveCount(0)
    const removed = await readCycle(page)
    expect(removed.cycle.personIds).not.toContain(idOf(ben))
    expect(removed.reviews.map((r) => r.personId)).not.toContain(idOf(ben))

    await toast.getByRole('button', { name: 'Undo' }).click()
    await expect(
      page.getByText(`Undone: ${ben} is back in ${cycleName} with their draft review as it was.`),
    ).toBeVisible()
    expect(await readAllRecords(page)).toEqual(before)
    await page.getByRole('button', { name: `Open the review of ${ben}` }).click()
    await expect(
      page.getByRole('dialog', { name: new RegExp(`^Review: ${ben}`) }).getByLabel('Strengths'),
    ).toHaveValue('Fixes a grinder before the café opens.')
    await page.getByRole('button', { name: 'Cancel' }).click()
  })

  await test.step('a final review keeps its person in the cycle, and says why', async () => {
    const sample = cyclesBefore[0]!
    await page.getByLabel('Review cycle').selectOption(sample.id)
    const before = await readAllRecords(page)
    await page.getByRole('button', { name: 'Remove Arjun Mehta from the cycle' }).click()
    const dialog = page.getByRole('dialog', { name: `Arjun Mehta stays in ${sample.name}` })
    await expect(dialog).toContainText(
      'Arjun Mehta’s review is final. A final review is part of the record, so Arjun Mehta stays in the cycle.',
    )
    await dialog.getByRole('button', { name: 'Close' }).click()
    expect(await readAllRecords(page)).toEqual(before)
  })
})
