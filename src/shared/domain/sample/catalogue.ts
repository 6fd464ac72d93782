import type { Skill, SkillCategory } from '../../model'
import { levelDescriptors } from './descriptors'
import { craftSkillSpecs, type SkillSpec } from './skill-specs'
import { peopleSkillSpecs } from './skill-specs-people'

export const skillCategories: SkillCategory[] = [
  { id: 'cat-coffee-craft', name: 'Coffee craft', order: 1 },
  { id: 'cat-operations', name: 'Operations & systems', order: 2 },
  { id: 'cat-customer', name: 'Customer & communication', order: 3 },
  { id: 'cat-leadership', name: 'Leadership & people', order: 4 },
  { id: 'cat-compliance', name: 'Safety & compliance', order: 5 },
]

const specs: SkillSpec[] = [...craftSkillSpecs, ...peopleSkillSpecs]

export function toSkillId(key: string): string {
  return `skill-${key}`
}

export function createSkills(): Skill[] {
  return specs.map(([key, name, category, description, tags, minExperts, isCritical]) => ({
    id: toSkillId(key),
    name,
    categoryId: `cat-${category}`,
    description,
    tags,
    isCritical: isCritical ?? false,
    minExperts,
    levelDescriptors: { ...(levelDescriptors[key] ?? {}) },
  }))
}

export function findSkillName(skillId: string): string {
  const spec = specs.find(([key]) => toSkillId(key) === skillId)
  if (!spec) throw new Error(`Unknown sample skill ${skillId}`)
  return spec[1]
}
