import type { Confidence, Goal, PlanItem } from '../../../model'
import * as phrases from '../checkin-phrases'
import type { Rng } from '../random'
import { capitalise, VariedPicker } from '../text'
import type { Workplace } from './org-spec'
import { findStory, withoutNames } from './stories'
import { fill } from './time'
import type { LargeEnrolment } from './training'
import type { LargePerson } from './types'

/** Everything known about one check-in before its text is written. */
export type LargeMoment = {
  person: LargePerson
  date: string
  skill: string
  level: number | null
  required: number | null
  training: LargeEnrolment | null
  isTrainingRunning: boolean
  hasUpcoming: boolean
  isNewcomer: boolean
  isLead: boolean
  isUnsettled: boolean
  workplace: Workplace
  planItem: PlanItem | null
  goal: Goal | null
  confidence: Confidence
  values: Record<string, string>
}

export type Answer = { sectionId: string; text: string }

const clean = (pool: readonly string[]): string[] => withoutNames(pool)

const pools = {
  practisedPlain: clean(phrases.practisedPlain),
  practisedWith: clean(phrases.practisedWithTraining),
  practisedDuring: clean(phrases.practisedDuringTraining),
  support: clean(phrases.supportRequests),
  supportDuring: clean(phrases.supportDuringTraining),
  openers: Object.fromEntries(
    Object.entries(phrases.openers).map(([k, v]) => [k, clean(v)]),
  ) as Record<keyof typeof phrases.openers, string[]>,
  atLevel: clean(phrases.progressAtLevel),
  belowLevel: clean(phrases.progressBelowLevel),
  outsideRole: clean(phrases.progressOutsideRole),
  privateGeneral: clean(phrases.privateGeneral),
  privateNewcomer: clean(phrases.privateNewcomer),
  managerActions: clean(phrases.managerActions),
  managerUpcoming: clean(phrases.managerActionsUpcoming),
  risks: clean(phrases.goalReview.risks),
  adjust: clean(phrases.goalReview.adjust),
}

/** What a manager notes when someone seems to be drifting away (no names: any team). */
const privateUnsettled = [
  'Seemed flat again. Ask directly next time whether something is wrong.',
  'Asked about the pay review for the second time this month.',
  'Mentioned a friend who moved to a bigger roaster. Listen for it.',
  'Tired; third late week in a row. Look at the rota before the next one.',
  'Less engaged in the huddle. Keep the 1:1s regular and short.',
  'Talked about wanting a change. Not sure if of role or of company.',
]

export class LargeCheckinWriter {
  private readonly picker: VariedPicker

  constructor(private readonly rng: Rng) {
    this.picker = new VariedPicker(rng, 5)
  }

  private choose(
    moment: LargeMoment,
    pool: readonly string[],
    label: string,
    extra?: Record<string, string>,
  ): string {
    const text = this.picker.pick(`${moment.person.number}:${label}`, pool)
    return fill(text, extra ? { ...moment.values, ...extra } : moment.values)
  }

  write(template: string, moment: LargeMoment): Answer[] {
    if (template === 'tpl-first-90-days') return this.writeFirst90(moment)
    if (template === 'tpl-general') return this.writeGeneral(moment)
    if (template === 'tpl-goal-review') return this.writeGoalReview(moment)
    return this.writeDevelopment(moment)
  }

  private writeDevelopment(moment: LargeMoment): Answer[] {
    const story = findStory(moment.skill)
    const did = this.choose(moment, story.did, 'did')
    const lead =
      moment.training === null
        ? pools.practisedPlain
        : moment.isTrainingRunning
          ? pools.practisedDuring
          : pools.practisedWith
    const suffixes =
      moment.workplace === 'floor'
        ? [...phrases.hardestSuffixes, ...phrases.floorSuffixes]
        : phrases.hardestSuffixes
    const support = moment.isTrainingRunning
      ? [...pools.support, ...pools.supportDuring]
      : pools.support
    return [
      { sectionId: 'practised', text: this.choose(moment, lead, 'lead', { did }) },
      {
        sectionId: 'hardest',
        text: this.choose(moment, story.hard, 'hard') + this.rng.pick(suffixes),
      },
      { sectionId: 'support', text: this.choose(moment, support, 'support') },
      { sectionId: 'next-goal', text: this.choose(moment, story.next, 'next') },
    ]
  }

  private writeFirst90(moment: LargeMoment): Answer[] {
    const f = phrases.first90
    return [
      { sectionId: 'settling', text: this.choose(moment, f.settling, 'settling') },
      { sectionId: 'unclear', text: this.choose(moment, f.unclear, 'unclear') },
      { sectionId: 'people', text: this.choose(moment, f.people, 'people') },
      { sectionId: 'learning', text: capitalise(this.choose(moment, f.learning, 'learning')) },
    ]
  }

  private writeGeneral(moment: LargeMoment): Answer[] {
    const g = phrases.general
    return [
      { sectionId: 'wins', text: this.choose(moment, g.wins, 'wins') },
      { sectionId: 'blockers', text: this.choose(moment, g.blockers, 'blockers') },
      {
        sectionId: 'topics',
        text: this.choose(moment, moment.isLead ? phrases.leadTopics : g.topics, 'topics'),
      },
    ]
  }

  private writeGoalReview(moment: LargeMoment): Answer[] {
    const confidence = moment.confidence.replace('-', ' ')
    return [
      {
        sectionId: 'progress',
        text:
          moment.goal === null
            ? 'No open goals this quarter.'
            : fill(this.rng.pick(phrases.goalReview.progress), {
                ...moment.values,
                confidence,
              }),
      },
      { sectionId: 'risks', text: this.choose(moment, pools.risks, 'risks') },
      { sectionId: 'adjust', text: this.choose(moment, pools.adjust, 'adjust') },
    ]
  }

  /** The manager's summary: opener, where the skill stands, the plan, the goal, what was agreed. */
  writeSharedNotes(moment: LargeMoment, agreed: string | null, isGoalReview: boolean): string {
    const sentences: string[] = []
    const opener = this.choose(
      moment,
      [...pools.openers.common, ...pools.openers[moment.workplace]],
      'opener',
    )
    if (opener !== '') sentences.push(opener)
    const isBelow = moment.required !== null && (moment.level ?? 0) < moment.required
    const progress =
      moment.required === null ? pools.outsideRole : isBelow ? pools.belowLevel : pools.atLevel
    sentences.push(capitalise(this.choose(moment, progress, 'progress')))
    const item = moment.planItem
    if (item !== null && this.rng.roll(0.4)) {
      const isDone =
        (item.status === 'completed' || item.status === 'applied') &&
        (item.dueDate ?? '') <= moment.date
      const isLate = !isDone && item.dueDate !== null && item.dueDate < moment.date
      const isFuture = item.startDate !== null && item.startDate > moment.date
      const lines = isDone
        ? phrases.planLines.done
        : isLate
          ? phrases.planLines.overdue
          : isFuture
            ? phrases.planLines.planned
            : phrases.planLines.running
      sentences.push(fill(this.rng.pick(withoutNames(lines)), { item: item.title }))
    }
    if (moment.goal !== null && (isGoalReview || this.rng.roll(0.3))) {
      sentences.push(
        fill(this.rng.pick(phrases.goalLines[moment.confidence]), {
          goal: moment.goal.title,
        }),
      )
    }
    if (agreed !== null && this.rng.roll(0.6)) {
      sentences.push(`Agreed: ${agreed.charAt(0).toLowerCase()}${agreed.slice(1)}.`)
    }
    return sentences.join(' ')
  }

  writePrivateNotes(moment: LargeMoment, mood: number | null): string {
    if (moment.isUnsettled && (mood === null || mood <= 3) && this.rng.roll(0.6)) {
      return this.choose(moment, privateUnsettled, 'private-unsettled')
    }
    if (moment.isNewcomer)
      return this.rng.roll(0.4) ? this.choose(moment, pools.privateNewcomer, 'private-new') : ''
    return this.rng.roll(0.18) ? this.choose(moment, pools.privateGeneral, 'private') : ''
  }

  writeManagerAction(moment: LargeMoment): string {
    const pool = moment.hasUpcoming
      ? [...pools.managerActions, ...pools.managerUpcoming]
      : pools.managerActions
    return this.choose(moment, pool, 'action')
  }
}
