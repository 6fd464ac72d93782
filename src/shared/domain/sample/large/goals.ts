import type { Goal } from '../../../model'
import { toSkillId } from '../catalogue'
import {
  addDays,
  getEarlierDate,
  getLaterDate,
  getQuarterEnd,
  getQuarterStart,
  moveToWorkday,
  toQuarterKey,
} from '../dates'
import type { Rng } from '../random'
import { blank, personDraft, type Draft } from './goal-drafts'
import { companyGoals, reviewNotes } from './goal-phrases'
import { addUpdates, createKeyResults, type GoalSink } from './goal-progress'
import type { MeasurementIndex } from './kpis'
import type { LevelBook } from './levels'
import { teamSpecs, toTeamId } from './org-spec'
import { teamGoals } from './team-goal-phrases'
import { addMonths } from './time'
import { isOnStaff, jobAt, listWindows } from './timeline'
import type { LargeContext } from './types'

export type GoalData = GoalSink & { goals: Goal[]; byPerson: Map<string, Goal[]> }

/** Company, team and personal goals for every quarter of the history, with results and updates. */
export function createGoals(
  context: LargeContext,
  index: MeasurementIndex,
  levels: LevelBook,
): GoalData {
  const rng = context.rng.fork('goals')
  const data: GoalData = {
    goals: [],
    keyResults: [],
    goalUpdates: [],
    updatesByGoal: new Map(),
    byPerson: new Map(),
  }
  const owner = context.people.find((p) => p.isOwner)
  if (!owner) throw new Error('The large sample has no owner')
  let carried = new Map<string, { goal: Goal; draft: Draft }[]>()
  let quarter = 0
  const first = getQuarterStart(context.start)
  // Goals start with the first full quarter of the workspace.
  for (
    let qs = first < context.start ? addMonths(first, 3) : first;
    qs <= context.today;
    qs = addMonths(qs, 3), quarter += 1
  ) {
    const qe = getQuarterEnd(qs)
    const range = { start: qs, end: qe, today: context.today }
    const add = (draft: Draft): Goal => addGoal(rng, data, index, draft, toQuarterKey(qs), range)
    const companyIds = [0, 2, 4].map((k) => {
      const template = companyGoals[(quarter + k) % companyGoals.length] ?? companyGoals[0]!
      return add({ ...blank(template, owner.id, context.today), level: 'company' }).id
    })
    const teamGoalIds = new Map<string, string[]>()
    for (const team of teamSpecs) {
      const probe = addDays(qs, 7)
      const lead = context.people.find(
        (p) =>
          isOnStaff(p, probe) &&
          jobAt(p, probe).role === 'team-lead' &&
          jobAt(p, probe).team === team.key,
      )
      const templates = teamGoals[team.key]
      if (!lead || !templates) continue
      const ids: string[] = []
      for (let i = 0; i < (rng.roll(0.3) ? 2 : 1); i += 1) {
        const template = templates[(quarter + i) % templates.length] ?? templates[0]!
        const draft = {
          ...blank(template, lead.id, context.today),
          level: 'team' as const,
          teamId: toTeamId(team.key),
          parentId: rng.pick(companyIds),
          subjectId: toTeamId(team.key),
          pace: 0.6 + rng.nextFloat() * 0.5,
        }
        ids.push(add(draft).id)
      }
      teamGoalIds.set(team.key, ids)
    }
    const nextCarried = new Map<string, { goal: Goal; draft: Draft }[]>()
    for (const person of context.people) {
      if (person.isOwner) continue
      const window = listWindows(context, person).find(
        (w) => w.from <= addDays(qe, -20) && w.to >= qs,
      )
      if (!window) continue
      const since = getLaterDate(qs, addDays(window.hireDate, 14))
      if (since > addDays(qe, -20) || since > window.to) continue
      const job = jobAt(person, since)
      const lastDay = window.to
      const drafts: Draft[] = (carried.get(person.id) ?? []).map(({ goal, draft }) => ({
        ...draft,
        carriedFromId: goal.id,
        lastDay,
        teamId: toTeamId(job.team),
      }))
      const count = (rng.roll(0.72) ? 1 : 0) + (rng.roll(0.06) ? 1 : 0)
      for (let i = 0; i < count; i += 1) {
        const draft = personDraft(rng, levels, person, job, since, context.today)
        const parents = teamGoalIds.get(job.team) ?? []
        drafts.push({
          ...draft,
          lastDay,
          parentId: parents.length > 0 && rng.roll(0.5) ? rng.pick(parents) : null,
        })
      }
      for (const draft of drafts) {
        const goal = add(draft)
        const own = data.byPerson.get(person.id)
        if (own) own.push(goal)
        else data.byPerson.set(person.id, [goal])
        if (goal.status === 'carried-over')
          nextCarried.set(person.id, [...(nextCarried.get(person.id) ?? []), { goal, draft }])
      }
    }
    carried = nextCarried
  }
  return data
}

function addGoal(
  rng: Rng,
  data: GoalData,
  index: MeasurementIndex,
  draft: Draft,
  period: string,
  range: { start: string; end: string; today: string },
): Goal {
  const isOkr = draft.template.krs.length > 0
  const goal: Goal = {
    id: `goal-${String(data.goals.length + 1).padStart(5, '0')}`,
    title: draft.carriedFromId === null ? draft.title : `${draft.title} (continued)`,
    description: '',
    level: draft.level,
    style: isOkr ? 'okr' : 'smart',
    period,
    parentId: draft.parentId,
    teamId: draft.teamId,
    ownerPersonId: draft.ownerId,
    dueDate: moveToWorkday(addDays(range.end, -rng.nextInt(0, 10))),
    status: 'active',
    weight: 1,
    smart: isOkr
      ? null
      : {
          specific: true,
          measurable: rng.roll(0.8),
          achievable: true,
          relevant: true,
          timeBound: true,
        },
    skillIds: draft.skill === null ? [] : [toSkillId(draft.skill)],
    carriedFromId: draft.carriedFromId,
  }
  data.goals.push(goal)
  const progress = createKeyResults(
    goal,
    draft.template.krs,
    draft.subjectId,
    index,
    range,
    draft.pace,
    data,
  )
  addUpdates(rng, goal, progress, { ...range, lastDay: draft.lastDay }, data)
  if (range.end >= range.today) return goal
  const reviewedOn = getEarlierDate(
    moveToWorkday(addDays(range.end, rng.nextInt(3, 15))),
    range.today,
  )
  if (draft.lastDay < range.end) {
    Object.assign(goal, {
      status: 'dropped',
      reviewNote: 'Closed when the owner left.',
      reviewedOn: getLaterDate(range.start, draft.lastDay),
    })
    return goal
  }
  const share = progress.share
  const roll = rng.nextFloat()
  const status: Goal['status'] =
    share >= 0.9
      ? 'done'
      : share >= 0.45
        ? roll < 0.3
          ? 'carried-over'
          : roll < 0.85
            ? 'done'
            : 'active'
        : roll < 0.5
          ? 'dropped'
          : roll < 0.8
            ? 'carried-over'
            : 'active'
  const isCarryable = draft.level === 'person' && draft.carriedFromId === null
  goal.status = status === 'carried-over' && !isCarryable ? 'done' : status
  if (goal.status !== 'active') {
    goal.reviewNote = rng.pick(reviewNotes[goal.status as keyof typeof reviewNotes])
    goal.reviewedOn = reviewedOn
  }
  return goal
}
