import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { createStarterWorkspaceData } from '../../../../shared/domain/workspace/defaults'
import { DevelopmentPlan } from '../../../../shared/model'
import { openWorkspaceDb } from '../workspace-db'
import { readBudgetSettings, saveBudgetSettings } from './budget-settings'
import { readWorkspaceSettings } from './settings'
import { replaceWorkspaceData } from './snapshot'

let counter = 0
async function setUp() {
  const db = openWorkspaceDb(`budget-settings-${counter++}`)
  await replaceWorkspaceData(db, createStarterWorkspaceData())
  return db
}

const today = '2026-11-23'

describe('budget settings repository', () => {
  it('lists the periods with plans or budgets, now and next, newest first', async () => {
    const db = await setUp()
    await db.plans.add(
      DevelopmentPlan.parse({ id: 'plan-1', personId: 'p1', period: '2025-H1', createdAt: today }),
    )
    await db.settings.put({ key: 'trainingBudgets', value: { '2024-H2': 900 } })
    const { settings, periods } = await readBudgetSettings(db, today)
    expect(periods).toEqual(['2027-H1', '2026-H2', '2025-H1', '2024-H2'])
    expect(settings).toEqual({
      currency: 'EUR',
      defaultTrainingBudget: 5000,
      trainingBudgets: { '2024-H2': 900 },
    })
  })

  it('saves the currency, the default and the periods together, blank meaning the default', async () => {
    const db = await setUp()
    await db.settings.put({ key: 'trainingBudgets', value: { '2026-H1': 100, '2020-H1': 50 } })
    await saveBudgetSettings(db, {
      currency: 'gbp',
      defaultAmount: '6000',
      periods: { '2026-H2': '7 500', '2026-H1': '' },
    })
    const settings = await readWorkspaceSettings(db)
    expect([settings.currency, settings.defaultTrainingBudget, settings.trainingBudgets]).toEqual([
      'GBP',
      6000,
      { '2020-H1': 50, '2026-H2': 7500 },
    ])
  })

  it('saves nothing when one amount is wrong, and says which', async () => {
    const db = await setUp()
    const before = await db.settings.toArray()
    await expect(
      saveBudgetSettings(db, {
        currency: 'USD',
        defaultAmount: '6000',
        periods: { '2026-H2': '20000000' },
      }),
    ).rejects.toThrow('The budget for Jul–Dec 2026 is more than 10,000,000')
    expect(await db.settings.toArray()).toEqual(before)
  })
})
