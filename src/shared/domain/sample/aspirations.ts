import type { Aspiration } from '../../model'
import { toSkillId } from './catalogue'
import { findPerson, type SampleContext } from './context'
import { addDays, getLaterDate } from './dates'

type AspirationSpec = [handle: string, skill: string, interest: number, comment: string]

export const aspirationSpecs: AspirationSpec[] = [
  [
    'aoife',
    'eudr-traceability',
    3,
    "I'm our EUDR person whether I like it or not, so I want to be properly good at it.",
  ],
  ['aoife', 'blend-development', 2, 'Would like a say in the winter blend.'],
  [
    'ciaran',
    'blend-development',
    3,
    'I want to build the next seasonal espresso, start to finish.',
  ],
  ['ciaran', 'green-grading', 2, ''],
  [
    'marta',
    'spreadsheets',
    2,
    "I'd like to build the packing plan myself instead of waiting for it on Monday.",
  ],
  [
    'marta',
    'continuous-improvement',
    3,
    'We lose twenty minutes on every grind changeover. I think we can halve it.',
  ],
  ['sean', 'forklift', 2, 'With the ticket I could unload green deliveries on the late shift.'],
  [
    'priya',
    'roast-profiling',
    3,
    'I want to be roasting by next summer. Happy to come in early for it.',
  ],
  ['priya', 'cupping', 3, 'The Thursday cupping is the best hour of my week.'],
  ['grace', 'haccp', 2, "I'd like to be the food-safety person on the early shift."],
  ['darragh', 'coaching', 3, 'Teaching Stockwise showed me I like training people.'],
  ['darragh', 'workload-planning', 2, 'Would like to try doing the weekly rota with Katarzyna.'],
  ['chloe', 'route-planning', 2, 'I could cover a route when a driver is off.'],
  ['mohammed', 'first-aid', 3, 'I was a first aider in my last job and want to renew it.'],
  ['eoin', 'forklift', 3, 'Booked in for the course, looking forward to it.'],
  [
    'vytautas',
    'route-planning',
    3,
    "I know Cork's one-way system better than the routing tool does.",
  ],
  [
    'joseph',
    'complaint-handling',
    2,
    'Customers tell me things at the door that never reach the office.',
  ],
  ['arjun', 'coaching', 3, "I'd like to mentor Mei and Conor properly, not only when they ask."],
  ['arjun', 'green-grading', 2, 'After World of Coffee I want to be part of buying decisions.'],
  [
    'lucia',
    'origin-storytelling',
    3,
    'Spanish-speaking café owners ask me about our origins all the time.',
  ],
  ['lucia', 'training-delivery', 2, ''],
  ['conor', 'negotiation', 3, 'I give discounts too quickly and I know it.'],
  ['conor', 'crm', 1, 'Not exciting, but I know it matters.'],
  ['mei', 'consultative-selling', 3, 'I want my own hotel accounts by next year.'],
  ['mei', 'cupping', 2, ''],
  [
    'fatima',
    'customer-onboarding',
    3,
    "New accounts call us ten times in their first month. I'd like to fix the welcome pack.",
  ],
  [
    'tolu',
    'written-communication',
    2,
    "I'd like to rewrite our email templates; some of them are from 2019.",
  ],
  ['tolu', 'spreadsheets', 2, ''],
  ['ailbhe', 'training-delivery', 2, 'Maybe something away from the phones for a while.'],
  [
    'hana',
    'water-chemistry',
    3,
    'Half of our taste complaints are really water. I want to be able to prove it.',
  ],
  ['hana', 'coaching', 2, ''],
  ['kenji', 'filter-brewing', 3, 'Batch brew is where our customers lose the most flavour.'],
  [
    'roisin',
    'machine-servicing',
    2,
    'If I could fix the basic faults on a training visit it would save Ben a trip.',
  ],
  ['nikhil', 'water-chemistry', 2, ''],
  ['nikhil', 'spreadsheets', 2, "I'd like to pull the first-time fix numbers myself."],
  ['mateusz', 'training-delivery', 2, 'I could run the grinder module in the training lab.'],
  ['oisin', 'budgeting', 3, "I'm never sure our service contracts make money."],
  [
    'katarzyna',
    'continuous-improvement',
    3,
    'Stockwise gives us data we never had. I want to use it.',
  ],
  ['katarzyna', 'spreadsheets', 2, ''],
]

export function listAspirationSkills(handle: string): string[] {
  return aspirationSpecs.filter(([h]) => h === handle).map(([, skill]) => skill)
}

export function createAspirations(context: SampleContext): Aspiration[] {
  const rng = context.rng.fork('aspirations')
  return aspirationSpecs
    .filter(([handle]) => findPerson(context, handle).leftDate === null)
    .map(([handle, skill, interest, comment]) => {
      const person = findPerson(context, handle)
      const updatedAt = getLaterDate(
        addDays(context.today, -rng.nextInt(3, 270)),
        addDays(person.hireDate, 20),
      )
      return {
        id: `aspiration-${handle}-${skill}`,
        personId: person.id,
        skillId: toSkillId(skill),
        interest,
        comment,
        updatedAt: updatedAt > context.today ? context.today : updatedAt,
      }
    })
}
