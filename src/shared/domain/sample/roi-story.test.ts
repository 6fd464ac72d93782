import { describe, expect, it } from 'vitest'
import { settingsFromRecords } from '../../model'
import {
  evaluateCampaigns,
  evaluateInitiatives,
  type EvaluationCard,
  type RoiStatus,
} from '../evaluation'
import { generateSampleCompany } from './generate'

/** What a manager exploring Kestrel should find on the Evaluation screen, whatever the day. */
const story: Record<string, RoiStatus | RoiStatus[]> = {
  // Paid back: cheap trainings that moved their KPI.
  'init-complaint-roleplay': 'paid-back',
  'init-machine-simulator': 'paid-back',
  'init-route-free': 'paid-back',
  'camp-grow-repeat-orders': 'paid-back',
  // On their way: paid back already or at a date the screen names.
  'init-consultative-selling': ['paid-back', 'not-paid-back-yet'],
  'init-wms-bootcamp': 'not-paid-back-yet',
  'camp-stockwise-go-live': 'not-paid-back-yet',
  // Clearly did not: roast consistency fell when Liam, the first mentee, left.
  'init-roast-mentoring': 'negative',
  // Finished days ago: the order error rate has no week after it yet.
  'init-wms-drills': 'waiting-for-results',
  // Finance would not price customer satisfaction.
  'init-sca-barista': 'no-value',
  'init-wms-floor-coaching': 'not-finished',
  'init-learning-time': 'not-finished',
  'init-eudr-lunch': 'no-kpi',
  'init-eudr-course': 'no-kpi',
  'init-cupping-circle': 'no-kpi',
  'init-forklift-refresher': 'no-kpi',
  'init-coaching-leads': 'no-kpi',
  'init-world-of-coffee': 'no-kpi',
}

function evaluateSample(today: string): Map<string, EvaluationCard> {
  const data = generateSampleCompany({ today })
  const input = { ...data, settings: settingsFromRecords(data.settings) }
  const cards = [
    ...evaluateCampaigns(input, today, { locale: 'en-GB' }),
    ...evaluateInitiatives(input, today, { locale: 'en-GB' }),
  ]
  return new Map(cards.map((card) => [card.id, card]))
}

describe.each(['2026-11-23', '2025-02-10', '2026-07-01', '2027-06-30'])(
  'the sample company’s ROI story on %s',
  (today) => {
    const cards = evaluateSample(today)

    it('gives every training and campaign the status its story says', () => {
      expect([...cards.keys()].sort()).toEqual(Object.keys(story).sort())
      for (const [id, expected] of Object.entries(story)) {
        const status = cards.get(id)!.roi.status
        expect([expected].flat(), `${id}: ${cards.get(id)!.roi.why}`).toContain(status)
      }
    })

    it('names when the ones on their way pay back, within their benefit period', () => {
      for (const id of ['init-wms-bootcamp', 'camp-stockwise-go-live']) {
        const roi = cards.get(id)!.roi
        expect(roi.paybackDate, id).not.toBeNull()
        expect(roi.paybackDate! > today, id).toBe(true)
        expect(roi.why).toMatch(/at the rate measured so far it pays back around \w+ \d{4}\./)
      }
      for (const id of ['init-complaint-roleplay', 'init-machine-simulator', 'init-route-free']) {
        const roi = cards.get(id)!.roi
        expect(roi.paybackDate! <= today, id).toBe(true)
        expect(roi.why).toMatch(/^Positive: benefits of €[\d,]+ counted so far/)
      }
    })

    it('says why the mentoring did not pay back', () => {
      const roi = cards.get('init-roast-mentoring')!.roi
      expect(roi.why).toMatch(/^Negative: Roast consistency got worse \(−[\d.]+ pts\)/)
      expect(roi.periodRoi).toBe(-1)
    })
  },
)

describe('the sample’s ROI assumptions', () => {
  const data = generateSampleCompany({ today: '2026-11-23' })
  const byId = new Map(data.initiatives.map((i) => [i.id, i.evaluationAssumptions]))

  // count × money each = the value per unit, as the note spells it out.
  it.each([
    ['init-wms-bootcamp', 40, 45],
    ['init-consultative-selling', 4, 200],
    ['init-complaint-roleplay', 5, 5],
    ['init-machine-simulator', 2, 160],
    ['init-roast-mentoring', 2.5, 60],
    ['init-route-free', 18, 12],
  ])(
    '%s: the note’s sum is the value per unit and its share the one credited',
    (id, count, each) => {
      const assumptions = byId.get(id)!
      expect(assumptions.valuePerUnit).toBe(count * each)
      expect(assumptions.note).toMatch(new RegExp(`€${each}\\b[^.]* each`))
      const share = assumptions.note.match(/(\d+)% is credited/)?.[1]
      const credited =
        share === undefined
          ? /Half is credited/.test(assumptions.note)
            ? 50
            : null
          : Number(share)
      expect(credited).toBe(Math.round(assumptions.attributionShare * 100))
    },
  )

  it('leaves the barista course without a value, and says nothing it does not know', () => {
    expect(byId.get('init-sca-barista')).toMatchObject({ valuePerUnit: null, note: '' })
  })
})
