import { expect, test } from '../harness/fixture'
import { goTo, openSampleCompany } from './helpers'

// The forms no other spec sends back: each says what is wrong under the field at fault, moves
// focus there, and saves once it is put right.

test('a team is added from the Teams tab, and an empty or taken name is refused at the field', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  await goTo(page, 'People')
  await page.getByRole('tab', { name: 'Teams' }).click()
  const name = page.getByLabel('New team name')
  const add = page.getByRole('button', { name: 'Add team' })

  await add.click()
  await expect(page.getByRole('alert')).toHaveText('Give the team a name.')
  await expect(name).toBeFocused()
  await expect(name).toHaveAttribute('aria-invalid', 'true')

  await name.fill('roastery & production')
  await add.click()
  await expect(page.getByRole('alert')).toHaveText(
    'There is already a team called “Roastery & Production”.',
  )

  await name.fill('Night shift')
  await add.click()
  await expect(page.getByText('Added the team “Night shift”.')).toBeVisible()
  await expect(page.getByLabel('Name of Night shift')).toHaveValue('Night shift')
  await expect(name).toHaveValue('')
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('the person dialog refuses a name-less person and an email without an @', async ({ app }) => {
  const { page } = app
  await openSampleCompany(page)
  await goTo(page, 'People')
  await page.getByRole('button', { name: 'Add person' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add a person' })
  const save = dialog.getByRole('button', { name: 'Add person' })

  await save.click()
  await expect(dialog.getByRole('alert')).toHaveText('Enter the person’s name.')
  await expect(dialog.getByLabel('Name', { exact: true })).toBeFocused()

  await dialog.getByLabel('Name', { exact: true }).fill('Rosa Mendes')
  await dialog.getByLabel('Email').fill('Rosa Mendes')
  await save.click()
  await expect(dialog.getByRole('alert')).toHaveText(
    'Enter the email as name@example.com, or leave it empty.',
  )
  await expect(dialog.getByLabel('Email')).toBeFocused()

  await dialog.getByLabel('Email').fill('rosa@kestrelcoffee.example')
  await dialog.getByLabel('Work arrangement').selectOption({ label: 'Hybrid' })
  await save.click()
  await expect(page.getByRole('heading', { level: 1, name: 'Rosa Mendes' })).toBeVisible()
})

test('feedback needs a person and what happened', async ({ app }) => {
  const { page } = app
  await openSampleCompany(page)
  await app.emitMenuCommand('feedback:quick')
  const dialog = page.getByRole('dialog', { name: 'Log feedback' })
  const log = dialog.getByRole('button', { name: 'Log feedback' })

  await log.click()
  await expect(dialog.getByRole('alert')).toHaveText('Choose who the feedback is about.')
  await expect(dialog.getByLabel('About')).toBeFocused()

  await dialog.getByLabel('About').selectOption({ index: 1 })
  await log.click()
  await expect(dialog.getByRole('alert')).toHaveText(
    'Describe what happened: at least the behaviour you saw.',
  )
  await expect(dialog.getByLabel('Behaviour')).toBeFocused()

  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
})

test('a template needs a name and a prompt in every section', async ({ app }) => {
  const { page } = app
  await openSampleCompany(page)
  await goTo(page, 'Check-ins')
  await page.getByRole('tab', { name: 'Templates' }).click()
  await page.getByRole('button', { name: 'New template' }).click()
  const dialog = page.getByRole('dialog', { name: 'New template' })
  const save = dialog.getByRole('button', { name: 'Save template' })

  await save.click()
  await expect(dialog.getByRole('alert')).toHaveText('Give the template a name.')
  await expect(dialog.getByLabel('Name', { exact: true })).toBeFocused()

  await dialog.getByLabel('Name', { exact: true }).fill('Quarterly growth chat')
  await save.click()
  await expect(dialog.getByRole('alert')).toHaveText('Section 1 needs a prompt.')
  await expect(dialog.getByLabel('Prompt 1', { exact: true })).toBeFocused()

  await dialog.getByRole('button', { name: 'Remove prompt 1' }).click()
  await save.click()
  await expect(dialog.getByRole('alert')).toHaveText('A template needs at least one section.')
  await expect(dialog.getByRole('button', { name: 'Add a prompt' })).toBeFocused()

  await dialog.getByRole('button', { name: 'Add a prompt' }).click()
  await expect(dialog.getByRole('alert')).toHaveCount(0)
  await dialog.getByLabel('Prompt 1', { exact: true }).fill('What would you like to learn next?')
  await save.click()
  await expect(page.getByText('Saved the template “Quarterly growth chat”.')).toBeVisible()
  await expect(dialog).toBeHidden()
})
