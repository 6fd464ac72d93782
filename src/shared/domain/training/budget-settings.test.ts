import { describe, expect, it } from 'vitest'
import {
  BudgetSettingsDraft,
  findBudgetSettingsProblem,
  listCurrencyChoices,
  toBudgetSettingsDraft,
} from './budget-settings'

const draft = {
  currency: 'EUR',
  defaultAmount: '5000',
  periods: { '2026-H2': '7500', '2026-H1': '' },
}

describe('BudgetSettingsDraft', () => {
  it('turns the draft into settings, dropping blank periods', () => {
    expect(BudgetSettingsDraft.parse(draft)).toEqual({
      currency: 'EUR',
      defaultTrainingBudget: 5000,
      trainingBudgets: { '2026-H2': 7500 },
    })
  })

  it('reads spaces, a decimal comma and a lower-case code', () => {
    expect(
      BudgetSettingsDraft.parse({
        currency: ' gbp ',
        defaultAmount: ' 12 000 ',
        periods: { '2027-H1': '4999,50' },
      }),
    ).toEqual({
      currency: 'GBP',
      defaultTrainingBudget: 12000,
      trainingBudgets: { '2027-H1': 4999.5 },
    })
  })

  it('accepts 0 and the maximum, refuses just above it', () => {
    expect(findBudgetSettingsProblem({ ...draft, defaultAmount: '0' })).toBeNull()
    expect(findBudgetSettingsProblem({ ...draft, defaultAmount: '10000000' })).toBeNull()
    expect(findBudgetSettingsProblem({ ...draft, defaultAmount: '10000000.01' })?.text).toBe(
      'The default budget is more than 10,000,000: check the amount for a slip.',
    )
  })
})

describe('findBudgetSettingsProblem', () => {
  it('says what is wrong with which amount', () => {
    expect(findBudgetSettingsProblem({ ...draft, defaultAmount: '' })).toEqual({
      field: 'defaultAmount',
      text: 'The default budget is empty: type an amount, 0 or more.',
    })
    expect(
      findBudgetSettingsProblem({ ...draft, periods: { '2026-H2': '-5', '2026-H1': '1e3' } }),
    ).toEqual({ field: 'period-2026-H2', text: 'The budget for Jul–Dec 2026 cannot be below 0.' })
    expect(findBudgetSettingsProblem({ ...draft, periods: { '2026-H1': 'lots' } })).toEqual({
      field: 'period-2026-H1',
      text: 'The budget for Jan–Jun 2026 is not a number: type an amount such as 5000.',
    })
    expect(findBudgetSettingsProblem({ ...draft, defaultAmount: '10.555' })?.text).toBe(
      'The default budget has more than 2 decimals.',
    )
  })

  it('checks the currency first, then the default, then the periods newest first', () => {
    const bad = {
      currency: 'EURO',
      defaultAmount: '-1',
      periods: { '2026-H1': '-1', '2026-H2': '-1' },
    }
    expect(findBudgetSettingsProblem(bad)).toEqual({
      field: 'currency',
      text: 'Choose the currency as a three-letter code, such as EUR.',
    })
    expect(findBudgetSettingsProblem({ ...bad, currency: 'EUR' })?.field).toBe('defaultAmount')
    expect(findBudgetSettingsProblem({ ...bad, currency: 'EUR', defaultAmount: '1' })?.field).toBe(
      'period-2026-H2',
    )
  })
})

describe('the draft of stored settings', () => {
  it('lists every period, blank where it uses the default', () => {
    expect(
      toBudgetSettingsDraft(
        { currency: 'SEK', defaultTrainingBudget: 5000, trainingBudgets: { '2026-H1': 300.5 } },
        ['2026-H2', '2026-H1'],
      ),
    ).toEqual({
      currency: 'SEK',
      defaultAmount: '5000',
      periods: { '2026-H2': '', '2026-H1': '300.5' },
    })
  })

  it('keeps a stored currency that is not one of the common ones', () => {
    expect(listCurrencyChoices('ISK')[0]).toEqual({ code: 'ISK', name: 'ISK' })
    expect(listCurrencyChoices('EUR')[0]).toEqual({ code: 'EUR', name: 'Euro' })
  })
})
