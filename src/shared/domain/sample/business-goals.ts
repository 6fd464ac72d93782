import type { BusinessGoal } from '../../model'
import { toSkillId } from './catalogue'

type Need = [skill: string, level: number, headcount: number]

export function createBusinessGoals(today: string): BusinessGoal[] {
  const nextYear = String(Number(today.slice(0, 4)) + 1)
  const define = (
    id: string,
    title: string,
    description: string,
    goalId: string | null,
    needs: Need[],
  ): BusinessGoal => ({
    id,
    title,
    description,
    horizon: nextYear,
    goalId,
    skillNeeds: needs.map(([skill, level, headcount]) => ({
      skillId: toSkillId(skill),
      level,
      headcount,
    })),
  })
  return [
    define(
      'bg-wholesale-growth',
      'Open 25 new wholesale accounts',
      'Most new accounts come with an espresso machine and staff training. Every extra account needs a sales visit, an install and two training sessions, so sales, trainers and technicians all have to grow.',
      'goal-co-grow-wholesale',
      [
        ['consultative-selling', 3, 3],
        ['customer-onboarding', 3, 2],
        ['training-delivery', 3, 4],
        ['machine-servicing', 3, 3],
      ],
    ),
    define(
      'bg-eudr',
      'Keep importing and roasting under EUDR',
      'From the application date we may not roast a lot without a due-diligence statement. One person who can check the file is a single point of failure for the whole roastery.',
      'goal-co-eudr-ready',
      [
        ['eudr-traceability', 2, 5],
        ['eudr-traceability', 3, 2],
        ['green-grading', 3, 2],
      ],
    ),
    define(
      'bg-own-fleet',
      'Bring Cork deliveries in-house',
      'End the courier contract for Cork city when it runs out and deliver with a fifth van: cheaper per drop and our own people at the door.',
      null,
      [
        ['route-planning', 3, 2],
        ['driving-hours', 3, 4],
        ['load-securing', 3, 4],
        ['wms-scanning', 2, 6],
      ],
    ),
  ]
}
