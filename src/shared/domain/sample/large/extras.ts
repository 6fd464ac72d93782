import type {
  Aspiration,
  BusinessGoal,
  Certification,
  Goal,
  Material,
  RequirementOverride,
  SettingRecord,
} from '../../../model'
import { createBusinessGoals } from '../business-goals'
import { toSampleTimestamp } from '../careers'
import { toSkillId } from '../catalogue'
import {
  addDays,
  countDaysBetween,
  getLaterDate,
  moveToWorkday,
  toHalfYearKey,
  toQuarterKey,
} from '../dates'
import { toInitiativeId } from '../training-catalogue'
import { certificateNames, listRequirements } from './roles'
import { ladders } from './ladders'
import { addMonths } from './time'
import { isActiveToday, jobAt, listWindows } from './timeline'
import type { LargeContext } from './types'

const validity: Record<string, { months: number; issuer: string }> = {
  'Food hygiene Level 2': { months: 36, issuer: 'Safe Food Training Ireland' },
  'Forklift licence (counterbalance)': { months: 36, issuer: 'Liffey Materials Handling Training' },
  'Driver CPC': { months: 60, issuer: 'Road Safety Authority' },
  'Roaster gas safety': { months: 24, issuer: 'Roaster manufacturer (service partner)' },
  'Electrical safety (EN 60335)': { months: 36, issuer: 'Manufacturer technical academy' },
}

/** The certificates the roles need, renewed while people stay (a few let one lapse). */
export function createCertifications(context: LargeContext): Certification[] {
  const rng = context.rng.fork('certifications')
  const certifications: Certification[] = []
  for (const person of context.people) {
    for (const window of listWindows(context, person)) {
      const job = jobAt(person, window.to)
      for (const skill of listRequirements(job.role).keys()) {
        const name = certificateNames[`${job.role}:${skill}`]
        const rule = name === undefined ? undefined : validity[name]
        if (name === undefined || rule === undefined) continue
        const lapses = rng.roll(0.08)
        let issued = getLaterDate(
          addDays(window.hireDate, rng.nextInt(20, 90)),
          addMonths(context.start, -rng.nextInt(0, rule.months - 1)),
        )
        while (issued <= window.to) {
          const expires = addMonths(issued, rule.months)
          certifications.push({
            id: `cert-${String(certifications.length + 1).padStart(4, '0')}`,
            personId: person.id,
            name,
            issuer: rule.issuer,
            issuedOn: issued,
            expiresOn: expires,
            evidence: rng.roll(0.4)
              ? { kind: 'link', url: `https://example.org/certificates/${person.number}-${issued}` }
              : { kind: 'none' },
          })
          if (lapses && expires > addDays(context.today, -200)) break
          issued = moveToWorkday(addDays(expires, -rng.nextInt(5, 40)))
        }
      }
    }
  }
  return certifications
}

const aspirationComments = [
  '',
  '',
  'Would like to try this properly next year.',
  'I enjoy this more than anything else I do.',
  'Happy to learn on my own time if someone shows me the basics.',
  'It would help me move towards the next role.',
]

/** What people on staff want to learn: the next role's skills, or something from their matrix. */
export function createAspirations(context: LargeContext): Aspiration[] {
  const rng = context.rng.fork('aspirations')
  const aspirations: Aspiration[] = []
  for (const person of context.people) {
    if (!isActiveToday(person) || person.isOwner || !rng.roll(0.7)) continue
    const role = person.job.role
    const next = ladders.flatMap((l) => {
      const index = l.roles.indexOf(role)
      return index >= 0 && l.roles[index + 1] !== undefined ? [l.roles[index + 1]!] : []
    })
    const own = listRequirements(role)
    const wanted = new Set<string>()
    for (const r of next)
      for (const skill of listRequirements(r).keys()) if (!own.has(skill)) wanted.add(skill)
    const pool = wanted.size > 0 ? [...wanted] : [...own.keys()]
    const hire = person.stints[person.stints.length - 1]?.hireDate ?? context.today
    for (const skill of rng.sample(pool, rng.nextInt(1, 3))) {
      const earliest = getLaterDate(hire, addDays(context.today, -540))
      aspirations.push({
        id: `asp-${person.number}-${skill}`,
        personId: person.id,
        skillId: toSkillId(skill),
        interest: rng.pickWeighted([
          [1, 0.2],
          [2, 0.45],
          [3, 0.35],
        ] as const),
        comment: rng.pick(aspirationComments),
        updatedAt: addDays(
          earliest,
          rng.nextInt(0, Math.max(0, countDaysBetween(earliest, context.today))),
        ),
      })
    }
  }
  return aspirations
}

const overrideReasons = {
  up: [
    'Covers for the lead on their days off.',
    'Owns this for the site; others come to them.',
    'Super-user for the team since the last system change.',
  ],
  down: [
    'Part-time on one station only; does not run changeovers.',
    'Agreed while on a phased return.',
    'Only covers this on weekends.',
  ],
}

export function createRequirementOverrides(context: LargeContext): RequirementOverride[] {
  const rng = context.rng.fork('overrides')
  const current = context.people.filter((p) => isActiveToday(p) && !p.isOwner)
  return rng.sample(current, Math.max(3, Math.round(current.length / 10))).map((person) => {
    const [skill, level] = rng.pick([...listRequirements(person.job.role)])
    const isUp = level < 4 && (level <= 1 || rng.roll(0.6))
    return {
      id: `override-${person.number}-${skill}`,
      personId: person.id,
      skillId: toSkillId(skill),
      requiredLevel: isUp ? level + 1 : level - 1,
      reason: rng.pick(isUp ? overrideReasons.up : overrideReasons.down),
      demandSource: 'role' as const,
      businessGoalId: null,
    }
  })
}

/** The sample's business goals, pointing at this company's goals of the current quarter. */
export function createLargeBusinessGoals(today: string, goals: Goal[]): BusinessGoal[] {
  const period = toQuarterKey(today)
  const current = goals.filter((g) => g.level === 'company' && g.period === period)
  return createBusinessGoals(today).map((goal, index) => ({
    ...goal,
    goalId: current[index]?.id ?? null,
  }))
}

const materialSpecs: [initiative: string, title: string, path: string][] = [
  [
    'wms-drills',
    'Scanner quick reference: receiving, putaway and short picks',
    'warehouse/quick-reference',
  ],
  [
    'eudr-course',
    'EU deforestation regulation: guidance for operators and traders',
    'eudr/guidance-for-operators',
  ],
  [
    'sca-barista',
    'Barista Skills Intermediate: syllabus and practical exam outline',
    'sca/barista-skills-intermediate',
  ],
  [
    'forklift-refresher',
    'Pre-use forklift checklist (print one per shift)',
    'forklift/pre-use-checklist',
  ],
  ['food-hygiene', 'Food hygiene Level 2: course handbook', 'food-safety/level-2-handbook'],
  [
    'allergen-elearning',
    'The 14 allergens: poster for the café kitchens',
    'food-safety/allergen-poster',
  ],
  ['excel-reporting', 'Course files: pivot tables on the ERP export', 'courses/pivot-tables'],
  ['social-course', 'Content calendar template', 'marketing/content-calendar'],
]

export function createMaterials(context: LargeContext): Material[] {
  return materialSpecs.map(([initiative, title, path], index) => ({
    id: `material-${String(index + 1).padStart(2, '0')}`,
    ownerId: toInitiativeId(initiative),
    kind: 'link' as const,
    title,
    url: `https://example.org/${path}`,
    addedAt: toSampleTimestamp(addDays(context.start, 30 + index * 97), 11),
  }))
}

/** Training budgets per half-year, growing with the company. */
export function withBudgets(settings: SettingRecord[], context: LargeContext): SettingRecord[] {
  const budgets: Record<string, number> = {}
  for (
    let date = context.start, i = 0;
    date <= addMonths(context.today, 6);
    date = addMonths(date, 6), i += 1
  ) {
    budgets[toHalfYearKey(date)] = 30000 + i * 2500
  }
  const overrides: Record<string, unknown> = {
    trainingBudgets: budgets,
    defaultTrainingBudget: 30000,
    isFirstCycleDismissed: true,
  }
  return settings.map((record) =>
    record.key in overrides ? { ...record, value: overrides[record.key] } : record,
  )
}
