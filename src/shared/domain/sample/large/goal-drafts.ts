import type { Goal } from '../../../model'
import { defaultScale } from '../../workspace/defaults'
import type { Rng } from '../random'
import { toSentenceName } from '../text'
import { roleGoals, skillGoalTitles, type GoalTemplate } from './goal-phrases'
import type { LevelBook } from './levels'
import { findTeamSpec, toTeamId } from './org-spec'
import { listRequirements } from './roles'
import { skillNameOf, toSkillIndex } from './skills'
import { fill } from './time'
import type { LargePerson } from './types'

/** A goal before it is written: who owns it, what it measures and how fast its owner moves. */
export type Draft = {
  title: string
  level: Goal['level']
  template: GoalTemplate
  teamId: string | null
  ownerId: string
  parentId: string | null
  subjectId: string | null
  skill: string | null
  pace: number
  carriedFromId: string | null
  lastDay: string
}

/** A draft from a template, owned by `ownerId`: a personal goal unless the caller says otherwise. */
export function blank(template: GoalTemplate, ownerId: string, today: string): Draft {
  return {
    title: template.title,
    level: 'person',
    template,
    teamId: null,
    ownerId,
    parentId: null,
    subjectId: null,
    skill: null,
    pace: 0.85,
    carriedFromId: null,
    lastDay: today,
  }
}

/** A personal goal: a measured one for the role now and then, mostly closing a skill gap. */
export function personDraft(
  rng: Rng,
  levels: LevelBook,
  person: LargePerson,
  job: { role: string; team: string },
  date: string,
  today: string,
): Draft {
  const team = findTeamSpec(job.team).name
  const own = roleGoals[job.role]
  const pace = 0.45 + person.talent * 0.7 + rng.nextGaussian() * 0.12
  if (own && rng.roll(0.35)) {
    const template = rng.pick(own)
    const kpi = template.krs.some((k) => k.kpi !== undefined)
    return {
      ...blank(template, person.id, today),
      title: fill(template.title, { team }),
      teamId: toTeamId(job.team),
      subjectId: kpi ? person.id : null,
      pace,
    }
  }
  const required = [...listRequirements(job.role)].filter(([, level]) => level >= 2)
  const gaps = required.filter(
    ([skill, level]) => (levels.levelAt(person.id, toSkillIndex(skill), date) ?? 0) < level,
  )
  const [skill, level] = rng.pick(gaps.length > 0 ? gaps : required)
  const label = defaultScale.find((s) => s.level === Math.min(4, level))?.label ?? 'Working'
  const title = fill(rng.pick(skillGoalTitles), {
    skill: toSentenceName(skillNameOf(skill)),
    level: label,
  })
  const template: GoalTemplate = { title, krs: [] }
  return {
    ...blank(template, person.id, today),
    title: title.charAt(0).toUpperCase() + title.slice(1),
    teamId: toTeamId(job.team),
    skill,
    pace,
  }
}
