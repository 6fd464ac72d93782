import type { LearningFormat } from '../../model'
import { customerInitiatives } from './initiatives-customer'
import { operationsInitiatives } from './initiatives-operations'

export type InitiativeSpec = {
  key: string
  title: string
  /** How people refer to it in a sentence: "after the cupping circle". */
  spokenName: string
  description: string
  format: LearningFormat
  provider: { kind: 'internal' | 'external' | 'free'; handle: string | null; name: string }
  /** Per participant, in the workspace currency. */
  cost: number
  hours: number
  skillTargets: [skill: string, level: number][]
  learningOutcome: string
  kpiKey: string | null
  targetChange: number | null
  measurementMethod: string
}

export const initiativeSpecs: InitiativeSpec[] = [...operationsInitiatives, ...customerInitiatives]

export function findInitiativeSpec(key: string): InitiativeSpec {
  const spec = initiativeSpecs.find((s) => s.key === key)
  if (!spec) throw new Error(`Unknown sample initiative "${key}"`)
  return spec
}

export function toInitiativeId(key: string): string {
  return `init-${key}`
}
