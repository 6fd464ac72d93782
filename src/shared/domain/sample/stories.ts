import { findSkillName } from './catalogue'
import { operationsStories, type SkillStory } from './stories-operations'
import { peopleStories } from './stories-people'
import { toSentenceName } from './text'
import type { RoleKey } from './types'

const stories: Record<string, SkillStory> = { ...operationsStories, ...peopleStories }

/** Where a role practises a skill differently from the people the main story is about. */
const roleStories: Record<string, SkillStory> = {
  'delivery-driver:wms-scanning': {
    did: [
      'scanned every drop as proof of delivery on the handheld for a full week',
      'sorted a missing delivery scan on the route without ringing the office',
    ],
    hard: [
      'The handheld loses signal in the countryside and the scans only upload back at the depot.',
    ],
    next: ['Scan every delivery at the door for the next two weeks'],
  },
  'delivery-driver:first-aid': {
    did: [
      'dealt with a customer who fainted at a delivery calmly, and filled in the incident form',
    ],
    hard: ['The van kit gets used and nobody restocks it.'],
    next: ['Check the first-aid kits in all four vans'],
  },
}

/** The story for a skill; skills without one get plain wording built from their name. */
export function findSkillStory(skill: string, role?: RoleKey): SkillStory {
  const story = (role === undefined ? undefined : roleStories[`${role}:${skill}`]) ?? stories[skill]
  if (story) return story
  const name = toSentenceName(findSkillName(`skill-${skill}`))
  return {
    did: [
      `put ${name} into practice on real jobs twice this fortnight without help`,
      `took the lead on ${name} for the team one day`,
    ],
    hard: [`Finding time to practise ${name} between everything else.`],
    next: [`Pick one task that needs ${name} and do it alone`],
  }
}
