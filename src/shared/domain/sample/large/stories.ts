import { roster } from '../names'
import { operationsStories, type SkillStory } from '../stories-operations'
import { peopleStories } from '../stories-people'
import { skillNameOf } from './skills'
import { toSentenceName } from '../text'

/** Stories for the grown company's own skills, in the same shape as the sample's. */
const businessStories: Record<string, SkillStory> = {
  'counter-service': {
    did: [
      'kept the queue moving through the Saturday rush and still suggested the seasonal filter to regulars',
      'sold out of the new single origin bags by recommending them at the till',
    ],
    hard: ['Upselling without sounding like a script when the queue is out the door.'],
    next: ['Suggest the retail bag of the week to every second customer for a fortnight'],
  },
  'till-cash': {
    did: [
      'cashed up alone three nights running with no difference',
      'found and fixed the card terminal refund that had been wrong all week',
    ],
    hard: ['Voids and refunds at busy times; I rush them.'],
    next: ['Do the Sunday cash-up alone, with the supervisor checking after'],
  },
  'allergen-control': {
    did: [
      'caught an oat milk jug used for dairy before it went out, and relabelled the jugs',
      'answered a nut allergy question from the allergen matrix without asking anyone',
    ],
    hard: ['Keeping the bakery allergens straight when a new supplier changes a recipe.'],
    next: ['Check the allergen matrix against every new product delivery this month'],
  },
  'social-media': {
    did: [
      'planned a month of posts for the new Guji natural and shot most of them at the roastery',
      'turned a customer story into a short video that outperformed everything else this quarter',
    ],
    hard: ['Finding the time to shoot good content when every week has a launch.'],
    next: ['Post three times a week for a month and report what worked'],
  },
  'ecommerce-platform': {
    did: [
      'set up the subscription pause feature and tested it with five customers',
      'fixed a batch of stuck web orders before customer care got a single call',
    ],
    hard: ['Knowing which settings affect the ERP sync before I change them.'],
    next: ['Write up how to refund a subscription order so care can do it too'],
  },
  'email-marketing': {
    did: [
      'segmented the newsletter by brew method and lifted the click rate',
      'built the welcome series for new subscribers',
    ],
    hard: ['Measuring what an email actually sold rather than what it opened.'],
    next: ['Test two subject lines on the next newsletter and report the result'],
  },
  'data-analysis': {
    did: [
      'built the monthly margin report from the ERP export without help',
      'found that the late-wave errors all came from two pick faces',
    ],
    hard: ['Cleaning the exports takes longer than the analysis.'],
    next: ['Automate one report that I now build by hand every month'],
  },
  bookkeeping: {
    did: [
      'closed the month two days earlier than last quarter',
      'reconciled the card settlements for both cafés without a gap',
    ],
    hard: ['Supplier statements that do not match our purchase orders.'],
    next: ['Run the bank reconciliation weekly instead of monthly'],
  },
  payroll: {
    did: [
      'ran the fortnightly payroll alone with the overtime from the peak weeks',
      'caught a holiday pay error before the payslips went out',
    ],
    hard: ['Shift premiums and part-time leave calculations.'],
    next: ['Write the payroll checklist for cover during my holidays'],
  },
  'employment-law': {
    did: [
      'checked the new part-time contracts against the working time rules',
      'guided a manager through a fair disciplinary meeting',
    ],
    hard: ['Knowing when a question needs outside advice.'],
    next: ['Review the handbook section on leave with the solicitor'],
  },
  recruitment: {
    did: [
      'ran structured interviews for the new drivers with scored questions',
      'cut the time to hire for baristas by using trial shifts',
    ],
    hard: ['Getting managers to score candidates before they discuss them.'],
    next: ['Write interview questions for the next supervisor role'],
  },
  'production-planning': {
    did: [
      'rebuilt the roast plan in a morning when the green coffee arrived a week late',
      'balanced the packing plan so neither line sat idle on Friday',
    ],
    hard: ['Last-minute wholesale orders after the plan is locked.'],
    next: ['Publish next week’s plan by Thursday noon every week this month'],
  },
  'project-management': {
    did: [
      'kept the café refit on schedule with a weekly plan everyone could see',
      'ran the handheld replacement across both warehouses without a lost shift',
    ],
    hard: ['Saying no to scope that arrives halfway through.'],
    next: ['Write a one-page plan with owners and dates for the next change'],
  },
  'it-support': {
    did: [
      'fixed the till printer and the handheld sync without calling the provider',
      'set up the new starters’ accounts on their first morning',
    ],
    hard: ['Problems that only happen when the provider’s helpdesk is closed.'],
    next: ['Write the top five fixes as a one-page guide for the team'],
  },
}

const rosterNames = new RegExp(`\\b(${[...new Set(roster.map((p) => p.givenName))].join('|')})\\b`)

/** Drops the phrases that name a person of the small sample (they are not in this company). */
export function withoutNames(pool: readonly string[]): string[] {
  return pool.filter((text) => !rosterNames.test(text))
}

export function mentionsSampleName(text: string): boolean {
  return rosterNames.test(text)
}

const cleaned = new Map<string, SkillStory>()

/** The story of a skill with the sample's names left out; plain wording when nothing is left. */
export function findStory(skill: string): SkillStory {
  const known = cleaned.get(skill)
  if (known) return known
  const source = operationsStories[skill] ?? peopleStories[skill] ?? businessStories[skill]
  const name = toSentenceName(skillNameOf(skill))
  const plain: SkillStory = {
    did: [`put ${name} into practice on real jobs twice this fortnight without help`],
    hard: [`Finding time to practise ${name} between everything else.`],
    next: [`Pick one task that needs ${name} and do it alone`],
  }
  const pick = (pool: string[] | undefined, fallback: string[]): string[] => {
    const kept = withoutNames(pool ?? [])
    return kept.length > 0 ? kept : fallback
  }
  const story: SkillStory = {
    did: pick(source?.did, plain.did),
    hard: pick(source?.hard, plain.hard),
    next: pick(source?.next, plain.next),
  }
  cleaned.set(skill, story)
  return story
}
