import type { Confidence, Goal, PlanItem } from '../../model'
import * as phrases from './checkin-phrases'
import type { Rng } from './random'
import { findSkillStory } from './stories'
import type { SampleEnrolment } from './training'
import type { SamplePerson } from './types'
import { capitalise, fillTemplate, VariedPicker } from './text'

/** Everything known about one check-in before its text is written. */
export type Moment = {
  person: SamplePerson
  date: string
  skill: string
  training: SampleEnrolment | null
  isTrainingRunning: boolean
  hasUpcomingTraining: boolean
  isNewcomer: boolean
  workplace: keyof typeof phrases.openers
  level: number
  required: number | null
  planItem: PlanItem | null
  goal: Goal | null
  goalConfidence: Confidence
  values: Record<string, string>
}

export type Answer = { sectionId: string; text: string }

export class CheckinWriter {
  private readonly picker: VariedPicker
  private readonly lastPlanItem = new Map<string, string>()

  constructor(private readonly rng: Rng) {
    this.picker = new VariedPicker(rng, 5)
  }

  private choose(moment: Moment, pool: readonly string[], label: string): string {
    return fillTemplate(this.picker.pick(`${moment.person.id}:${label}`, pool), moment.values)
  }

  writeDevelopment(moment: Moment): Answer[] {
    const story = findSkillStory(moment.skill, moment.person.role)
    const did = this.choose(moment, story.did, 'did')
    const lead =
      moment.training === null
        ? phrases.practisedPlain
        : moment.isTrainingRunning
          ? phrases.practisedDuringTraining
          : phrases.practisedWithTraining
    const practised = fillTemplate(this.choose(moment, lead, 'lead'), { ...moment.values, did })
    const suffixes =
      moment.workplace === 'floor'
        ? [...phrases.hardestSuffixes, ...phrases.floorSuffixes]
        : phrases.hardestSuffixes
    const hardest = this.choose(moment, story.hard, 'hard') + this.rng.pick(suffixes)
    const supportPool = moment.isTrainingRunning
      ? [...phrases.supportRequests, ...phrases.supportDuringTraining]
      : phrases.supportRequests
    const support = this.choose(moment, supportPool, 'support')
    const next = this.choose(moment, story.next, 'next')
    return [
      { sectionId: 'practised', text: practised },
      { sectionId: 'hardest', text: hardest },
      { sectionId: 'support', text: support },
      { sectionId: 'next-goal', text: next },
    ]
  }

  writeFirst90(moment: Moment): Answer[] {
    return [
      { sectionId: 'settling', text: this.choose(moment, phrases.first90.settling, 'settling') },
      { sectionId: 'unclear', text: this.choose(moment, phrases.first90.unclear, 'unclear') },
      { sectionId: 'people', text: this.choose(moment, phrases.first90.people, 'people') },
      {
        sectionId: 'learning',
        text: capitalise(this.choose(moment, phrases.first90.learning, 'learning')),
      },
    ]
  }

  writeGeneral(moment: Moment): Answer[] {
    return [
      { sectionId: 'wins', text: this.choose(moment, phrases.general.wins, 'wins') },
      { sectionId: 'blockers', text: this.choose(moment, phrases.general.blockers, 'blockers') },
      {
        sectionId: 'topics',
        text: this.choose(
          moment,
          moment.person.isLead ? phrases.leadTopics : phrases.general.topics,
          'topics',
        ),
      },
    ]
  }

  writeGoalReview(moment: Moment): Answer[] {
    const values = { ...moment.values, confidence: moment.goalConfidence.replace('-', ' ') }
    return [
      {
        sectionId: 'progress',
        text:
          moment.goal === null
            ? 'No open goals this quarter.'
            : fillTemplate(this.rng.pick(phrases.goalReview.progress), values),
      },
      { sectionId: 'risks', text: this.choose(moment, phrases.goalReview.risks, 'risks') },
      { sectionId: 'adjust', text: this.choose(moment, phrases.goalReview.adjust, 'adjust') },
    ]
  }

  /** The manager's summary: opener, where the skill stands, the plan, the goal. */
  writeSharedNotes(moment: Moment, agreed: string | null, isGoalReview: boolean): string {
    const sentences: string[] = []
    const opener = this.choose(
      moment,
      [...phrases.openers.common, ...phrases.openers[moment.workplace]],
      'opener',
    )
    if (opener !== '') sentences.push(opener)
    const isBelow = moment.required !== null && moment.level < moment.required
    const progressPool =
      moment.required === null && moment.level < 3
        ? phrases.progressOutsideRole
        : isBelow
          ? phrases.progressBelowLevel
          : phrases.progressAtLevel
    sentences.push(capitalise(this.choose(moment, progressPool, 'progress')))
    const item = moment.planItem
    const isRepeat = item !== null && this.lastPlanItem.get(moment.person.id) === item.id
    if (item !== null && this.rng.roll(isRepeat ? 0.2 : 0.75)) {
      this.lastPlanItem.set(moment.person.id, item.id)
      const status = findStatusOn(item, moment.date)
      const isOverdue = status === 'planned' && item.dueDate !== null && item.dueDate < moment.date
      const pool =
        status === 'completed' || status === 'applied'
          ? phrases.planLines.done
          : isOverdue
            ? phrases.planLines.overdue
            : status === 'planned'
              ? phrases.planLines.planned
              : phrases.planLines.running
      sentences.push(fillTemplate(this.rng.pick(pool), { item: item.title }))
    }
    if (moment.goal !== null && (isGoalReview || this.rng.roll(0.5))) {
      sentences.push(
        fillTemplate(this.rng.pick(phrases.goalLines[moment.goalConfidence]), {
          goal: moment.goal.title,
        }),
      )
    }
    if (agreed !== null)
      sentences.push(`Agreed: ${agreed.charAt(0).toLowerCase()}${agreed.slice(1)}.`)
    return sentences.join(' ')
  }

  writePrivateNotes(moment: Moment, mood: number | null, isLate: boolean): string {
    if (moment.isNewcomer)
      return this.rng.roll(0.5) ? this.choose(moment, phrases.privateNewcomer, 'private-new') : ''
    const own = phrases.privateByHandle[moment.person.handle]
    if (own !== undefined && (mood === null || mood <= 3 || isLate) && this.rng.roll(0.75)) {
      return this.choose(moment, own, 'private-own')
    }
    return this.rng.roll(0.35) ? this.choose(moment, phrases.privateGeneral, 'private') : ''
  }

  writeManagerAction(moment: Moment): string {
    const pool = moment.hasUpcomingTraining
      ? [...phrases.managerActions, ...phrases.managerActionsUpcoming]
      : phrases.managerActions
    return this.choose(moment, pool, 'action')
  }
}

/** A plan item as it stood on a past date: finished work was still running before its due date. */
function findStatusOn(item: PlanItem, date: string): PlanItem['status'] {
  if (item.startDate !== null && date < item.startDate) return 'planned'
  const isFinished = item.status === 'completed' || item.status === 'applied'
  if (isFinished && item.dueDate !== null && date < item.dueDate) return 'in-progress'
  return item.status
}
