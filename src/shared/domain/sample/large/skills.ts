import type { Skill, SkillCategory } from '../../../model'
import { createSkills, skillCategories, toSkillId } from '../catalogue'
import type { SkillSpec } from '../skill-specs'

/** The grown company adds cafés, a web shop and an office: a sixth category on top of the sample's. */
export const businessCategory: SkillCategory = {
  id: 'cat-business',
  name: 'Café, digital & business',
  order: 6,
}

const businessSkillSpecs: SkillSpec[] = [
  [
    'counter-service',
    'Counter service & upselling',
    'business',
    'Greeting, taking orders and suggesting the right coffee or bag without slowing the queue.',
    ['cafe'],
    4,
  ],
  [
    'till-cash',
    'Till & cash handling',
    'business',
    'Running the till, card terminal and cash-up, and reconciling the day without a gap.',
    ['cafe'],
    3,
  ],
  [
    'allergen-control',
    'Allergen control',
    'business',
    'Knowing the 14 allergens in every product we sell and keeping preparation free of cross-contact.',
    ['cafe', 'food-safety'],
    3,
    true,
  ],
  [
    'social-media',
    'Social media content',
    'business',
    'Planning, shooting and posting content that sells coffee and fills training courses.',
    ['marketing'],
    1,
  ],
  [
    'ecommerce-platform',
    'Web shop administration',
    'business',
    'Products, subscriptions, discounts and refunds in the web shop, and fixing a stuck order.',
    ['online'],
    2,
  ],
  [
    'email-marketing',
    'Email campaigns',
    'business',
    'Newsletters and automated emails that get opened, with segments and honest results.',
    ['marketing'],
    1,
  ],
  [
    'data-analysis',
    'Data analysis & reporting',
    'business',
    'Turning exports from the ERP, tills and web shop into a number someone can act on.',
    ['reporting'],
    3,
  ],
  [
    'bookkeeping',
    'Bookkeeping & reconciliations',
    'business',
    'Purchase and sales ledgers, bank reconciliation and month-end close.',
    ['finance'],
    2,
    true,
  ],
  [
    'payroll',
    'Payroll',
    'business',
    'Running fortnightly payroll for shift workers: hours, overtime, leave and Revenue returns.',
    ['finance', 'hr'],
    2,
    true,
  ],
  [
    'employment-law',
    'Employment law basics',
    'business',
    'Contracts, working time, leave and fair procedures, and when to call for advice.',
    ['hr'],
    2,
  ],
  [
    'recruitment',
    'Recruitment & selection',
    'business',
    'Writing the ad, shortlisting fairly, structured interviews and a trial shift that tells you something.',
    ['hr'],
    3,
  ],
  [
    'production-planning',
    'Production planning',
    'business',
    'Turning orders and forecasts into a roast and packing plan that the floor can actually run.',
    ['planning'],
    2,
    true,
  ],
  [
    'project-management',
    'Project management',
    'business',
    'Scoping, planning and landing a change (a new café, a system) with the people it touches.',
    ['projects'],
    3,
  ],
  [
    'it-support',
    'IT & device support',
    'business',
    'Handhelds, tills, laptops and accounts: fixing the usual problems before calling the provider.',
    ['systems'],
    2,
  ],
]

export const largeSkillCategories: SkillCategory[] = [
  ...skillCategories.map((category) => ({ ...category })),
  { ...businessCategory },
]

/** The sample's 46 skills and the 14 of the grown business: 60 in six categories. */
export function createLargeSkills(): Skill[] {
  const business = businessSkillSpecs.map(
    ([key, name, category, description, tags, minExperts, isCritical]): Skill => ({
      id: toSkillId(key),
      name,
      categoryId: `cat-${category}`,
      description,
      tags,
      isCritical: isCritical ?? false,
      minExperts,
      levelDescriptors: {},
    }),
  )
  return [...createSkills(), ...business]
}

/** Skill keys in catalogue order (the index every level array uses). */
export const skillKeys: string[] = createLargeSkills().map((skill) =>
  skill.id.slice('skill-'.length),
)

const skillIndexByKey = new Map(skillKeys.map((key, index) => [key, index]))
const skillNames = new Map(createLargeSkills().map((skill) => [skill.id, skill.name]))

export function toSkillIndex(key: string): number {
  const index = skillIndexByKey.get(key)
  if (index === undefined) throw new Error(`Unknown large-sample skill "${key}"`)
  return index
}

export function skillKeyAt(index: number): string {
  const key = skillKeys[index]
  if (key === undefined) throw new Error(`No skill at index ${index}`)
  return key
}

const skillIds = skillKeys.map(toSkillId)

/** The record id of the skill at an index (cached: assessments ask for it 150,000 times). */
export function skillIdAt(index: number): string {
  const id = skillIds[index]
  if (id === undefined) throw new Error(`No skill at index ${index}`)
  return id
}

export function skillNameOf(key: string): string {
  return skillNames.get(toSkillId(key)) ?? key
}
