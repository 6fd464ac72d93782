import type { Material, TrainingInitiative } from '../../model'
import { toSampleTimestamp } from './careers'
import type { SampleContext } from './context'
import { addDays, getEarlierDate, moveToWorkday } from './dates'
import { toInitiativeId } from './training-catalogue'

type MaterialSpec = { initiative: string; title: string; path: string; daysAgo: number }

/** Reading and checklists attached to trainings; the links are placeholders and never opened. */
const materialSpecs: MaterialSpec[] = [
  {
    initiative: 'wms-drills',
    title: 'Stockwise quick reference: scanning, putaway and short picks',
    path: 'stockwise/quick-reference',
    daysAgo: 40,
  },
  {
    initiative: 'eudr-course',
    title: 'EU deforestation regulation: guidance for operators and traders',
    path: 'eudr/guidance-for-operators',
    daysAgo: 200,
  },
  {
    initiative: 'sca-barista',
    title: 'Barista Skills Intermediate: syllabus and practical exam outline',
    path: 'sca/barista-skills-intermediate',
    daysAgo: 260,
  },
  {
    initiative: 'forklift-refresher',
    title: 'Pre-use forklift checklist (print one per shift)',
    path: 'forklift/pre-use-checklist',
    daysAgo: 90,
  },
  {
    initiative: 'route-free',
    title: 'Course page: route optimisation basics',
    path: 'courses/route-optimisation-basics',
    daysAgo: 150,
  },
]

export function createMaterials(
  context: SampleContext,
  initiatives: TrainingInitiative[],
): Material[] {
  return materialSpecs.map((spec, index): Material => {
    const ownerId = toInitiativeId(spec.initiative)
    if (!initiatives.some((initiative) => initiative.id === ownerId)) {
      throw new Error(`Unknown sample initiative "${spec.initiative}"`)
    }
    const date = getEarlierDate(moveToWorkday(addDays(context.today, -spec.daysAgo)), context.today)
    return {
      id: `material-${String(index + 1).padStart(2, '0')}`,
      ownerId,
      kind: 'link',
      title: spec.title,
      url: `https://example.org/${spec.path}`,
      addedAt: toSampleTimestamp(date, 11),
    }
  })
}
