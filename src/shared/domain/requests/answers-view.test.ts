import { describe, expect, it } from 'vitest'
import type { Answer, InputRequest, RequestKind, RequestResponse } from '../../model/requests'
import type { Review } from '../../model/reviews'
import { checkSelfManagerGap, selfGapThreshold } from '../reviews/self-gap'
import { generateSampleCompany } from '../sample/generate'
import { chooseFocusSkills } from '../training/suggest'
import {
  minAnonymousPeerRaters,
  summarizePeerFeedback,
  toAspirationsView,
  toSelfReviewView,
  type AnsweredRequest,
} from './answers-view'
import {
  createDefaultRequestInput,
  createInputRequest,
  type NewRequestInput,
} from './create-request'
import { planResponseLanding } from './landing'
import { questionIds } from './questions'
import { answerEveryQuestion, createResponseDocument } from './response-document'

const today = '2026-11-23'
const data = generateSampleCompany({ today })
data.requests = []
data.responses = []
let counter = 0
const uuid = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`
const person = data.people.find((p) => p.status === 'active' && p.roleId !== null && p.teamId)!
const colleagues = data.people.filter(
  (p) => p.status === 'active' && p.id !== person.id && p.teamId === person.teamId,
)

function ask(kind: RequestKind, patch: Partial<NewRequestInput>): InputRequest {
  const base = createDefaultRequestInput({ kind }, data, { today, askedBy: 'Mara' })
  const result = createInputRequest({ ...base, ...patch }, data, {
    id: `req-${++counter}`,
    today,
    newToken: uuid,
  })
  if (!result.ok) throw new Error(result.message)
  return result.request
}

/** Lands the answers as an import would, and returns what was written. */
function land(request: InputRequest, answers: (index: number) => Answer[], reviews: Review[] = []) {
  const accepted = request.recipients.map((recipient, index) => ({
    isAccepted: true as const,
    fileName: `${index}.trellis-response`,
    request,
    recipient,
    document: createResponseDocument(request, recipient, {
      workspaceId: 'ws',
      responseId: uuid(),
      submittedAt: `${today}T09:0${index}:00.000Z`,
      answers: answers(index),
    }),
  }))
  return planResponseLanding(
    accepted,
    {
      people: data.people,
      skills: data.skills,
      reviews,
      aspirations: data.aspirations,
      checkins: [],
    },
    { now: `${today}T10:00:00.000Z`, newId: uuid },
  ).writes
}

const pairsOf = (request: InputRequest, responses: RequestResponse[]): AnsweredRequest[] =>
  responses.map((response) => ({ request, response }))

describe('self-review answers', () => {
  const cycle = data.reviewCycles[0]!
  const request = ask('self-review', { personIds: [person.id], cycleId: cycle.id })
  const questions = request.recipients[0]!.questions
  const skills = questions.filter((q) => q.id.startsWith('skill:'))

  it('raise the self gap flag when an imported self-rating is the threshold away from the manager', () => {
    const skillId = skills[0]!.id.slice('skill:'.length)
    const review: Review = {
      id: 'rev-1',
      cycleId: cycle.id,
      personId: person.id,
      raterName: 'Mara',
      state: 'draft',
      skillRatings: [{ skillId, rating: 1, evidenceIds: [] }],
      goalRatings: [],
      selfRatings: [],
      overallRating: null,
      potential: null,
      strengths: '',
      growthAreas: '',
      nextGoals: '',
      updatedAt: today,
    }
    const names = new Map([[skillId, 'The skill']])
    expect(checkSelfManagerGap(review, names)).toBeNull()
    const writes = land(
      request,
      () => [{ questionId: skills[0]!.id, value: 1 + selfGapThreshold }],
      [review],
    )
    const landed = writes.reviews.find((r) => r.id === review.id)!
    expect(landed.selfRatings).toEqual([{ skillId, rating: 1 + selfGapThreshold }])
    expect(writes.assessments).toMatchObject([{ skillId, source: 'self', level: 3 }])
    const flag = checkSelfManagerGap(landed, names)
    expect(flag?.kind).toBe('self-manager-gap')
    expect(flag?.explanation).toContain('The skill (self 3, manager 1)')
    // One level apart is below the threshold: no flag.
    const near = land(request, () => [{ questionId: skills[0]!.id, value: 2 }], [review])
    expect(checkSelfManagerGap(near.reviews[0]!, names)).toBeNull()
  })

  it('shows their words per goal, achievements, development and the colleagues they proposed', () => {
    const writes = land(request, () =>
      answerEveryQuestion(
        questions,
        () => 0,
        (q) => `Mine: ${q.prompt}`,
      ),
    )
    const view = toSelfReviewView(pairsOf(request, writes.responses)[0]!, data.people)
    const goalQuestions = questions.filter((q) => q.id.startsWith('goal:'))
    expect(view.goals.map((g) => g.title)).toEqual(goalQuestions.map((q) => q.prompt))
    expect(view.goals[0]?.text).toBe(`Mine: ${goalQuestions[0]?.prompt}`)
    expect(view.achievements).toBe('Mine: What are you most proud of in this period?')
    expect(view.develop).toBe('Mine: What do you want to develop next?')
    const firstColleague = [...colleagues].sort((a, b) =>
      a.displayName.localeCompare(b.displayName),
    )[0]!
    expect(view.proposedPeers).toEqual([firstColleague.displayName])
    expect(view.ratingCount).toBe(skills.length)
    expect(view.submittedAt).toBe(`${today}T09:00:00.000Z`)
  })
})

describe('aspirations', () => {
  it('name the next role and the support, and their interests feed the plan focus', () => {
    const request = ask('aspirations', { personIds: [person.id] })
    const questions = request.recipients[0]!.questions
    const roleQuestion = questions.find((q) => q.id === questionIds.nextRole)!
    const role = roleQuestion.type === 'choice' ? roleQuestion.options[1]! : null
    const interest = questions.find((q) => q.id.startsWith('interest:'))!
    const skillId = interest.id.slice('interest:'.length)
    const writes = land(request, () => [
      { questionId: interest.id, value: 3 },
      { questionId: questionIds.nextRole, value: role!.value },
      { questionId: questionIds.support, value: '  A mentor and a day a month.  ' },
    ])
    const view = toAspirationsView(pairsOf(request, writes.responses)[0]!, data.roleProfiles)
    expect(view.nextRole).toEqual({ isStaying: false, roleId: role!.value, name: role!.label })
    expect(view.support).toBe('A mentor and a day a month.')
    expect(view.interests).toEqual([
      { skillId, name: interest.prompt, interest: 3, label: 'Eager to learn it' },
    ])
    // The landed aspiration is what the plan suggestions read as the person's demand.
    const aspirations = writes.aspirations.filter((a) => a.personId === person.id)
    expect(aspirations).toMatchObject([{ skillId, interest: 3 }])
    const focus = chooseFocusSkills({
      gaps: [],
      aspirations,
      currentLevels: new Map(),
      skills: data.skills,
      initiatives: [],
      topScale: 4,
      currency: 'EUR',
    })
    expect(focus).toMatchObject([{ skillId, reason: 'aspiration' }])
  })

  it('says so when they are happy in their role', () => {
    const request = ask('aspirations', { personIds: [person.id] })
    const writes = land(request, () => [{ questionId: questionIds.nextRole, value: 'stay' }])
    const view = toAspirationsView(pairsOf(request, writes.responses)[0]!, data.roleProfiles)
    expect(view.nextRole).toEqual({ isStaying: true })
    expect(view.interests).toEqual([])
  })
})

describe('peer feedback', () => {
  const period = { start: '2026-01-01', end: '2026-12-31' }
  const raters = colleagues.slice(0, 3)
  const answersFor = (index: number): Answer[] => [
    { questionId: questionIds.situation, value: `Situation ${index}` },
    { questionId: questionIds.behaviour, value: `Behaviour ${index}` },
    { questionId: questionIds.rating('collaboration'), value: index + 3 },
  ]

  function summarize(isAnonymous: boolean, raterCount: number) {
    const request = ask('peer-feedback', {
      personIds: raters.slice(0, raterCount).map((p) => p.id),
      subjectPersonId: person.id,
      isAnonymous,
    })
    const writes = land(request, answersFor)
    return summarizePeerFeedback({
      personId: person.id,
      period,
      feedback: writes.feedback,
      answered: pairsOf(request, writes.responses),
    })
  }

  it('holds anonymised feedback back below three raters, and says why', () => {
    expect(raters).toHaveLength(minAnonymousPeerRaters)
    const summary = summarize(true, 2)
    expect(summary.raterCount).toBe(2)
    expect(summary.entries).toEqual([])
    expect(summary.ratings).toEqual([])
    expect(summary.heldBack).toBe(
      'Peer feedback from 2 colleagues is held back until at least 3 have answered, to keep it anonymous.',
    )
  })

  it('shows anonymised texts without names or dates from three raters, with rating averages', () => {
    const summary = summarize(true, 3)
    expect(summary.heldBack).toBeNull()
    expect(summary.entries).toEqual(
      [0, 1, 2].map((i) => ({
        date: null,
        author: 'A colleague',
        text: `Situation ${i} — Behaviour ${i}`,
      })),
    )
    expect(JSON.stringify(summary)).not.toContain(raters[0]!.displayName)
    expect(summary.ratings).toEqual([
      { prompt: `${person.displayName} works well with others.`, average: 4, count: 3 },
    ])
  })

  it('names the raters of a named request, from one rater on', () => {
    const summary = summarize(false, 1)
    expect(summary.entries).toEqual([
      { date: today, author: raters[0]!.displayName, text: 'Situation 0 — Behaviour 0' },
    ])
    expect(summary.ratings).toEqual([expect.objectContaining({ average: 3, count: 1 })])
    expect(summary.heldBack).toBeNull()
  })
})
