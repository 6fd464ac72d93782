import type { Checkin, FeedbackEntry } from '../../model/checkins'
import type { Person } from '../../model/people'
import type { InputRequest, RequestResponse } from '../../model/requests'
import type { Review } from '../../model/reviews'
import type { Aspiration, Assessment } from '../../model/skills'
import type { Evaluation } from '../../model/training'
import { requestKindLabels } from './kinds'
import { prepTemplateId, questionIds } from './questions'
import type { CheckedResponse } from './check-response'

type Accepted = Extract<CheckedResponse, { isAccepted: true }>

/** The records answers change: read before planning, written in one transaction. */
export type LandingData = {
  people: readonly Person[]
  /** Answers about a skill deleted since the request was sent are left out. */
  skills: readonly { id: string }[]
  reviews: readonly Review[]
  aspirations: readonly Aspiration[]
  checkins: readonly Checkin[]
}

export type LandingWrites = {
  responses: RequestResponse[]
  requests: InputRequest[]
  assessments: Assessment[]
  reviews: Review[]
  aspirations: Aspiration[]
  checkins: Checkin[]
  feedback: FeedbackEntry[]
  evaluations: Evaluation[]
}

export type LandingPreview = {
  fileName: string
  title: string
  kindLabel: string
  /** Who answered, or "Anonymous" for a pulse. */
  who: string
  /** What goes where, one line per destination. */
  lines: string[]
}

export type LandingPlan = { writes: LandingWrites; previews: LandingPreview[] }

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`

/** What each accepted response becomes, and a line per place it lands, for the preview. */
export function planResponseLanding(
  accepted: readonly Accepted[],
  data: LandingData,
  options: { now: string; newId: () => string },
): LandingPlan {
  const writes: LandingWrites = {
    responses: [],
    requests: [],
    assessments: [],
    reviews: [],
    aspirations: [],
    checkins: [],
    feedback: [],
    evaluations: [],
  }
  const reviews = new Map(data.reviews.map((r) => [r.id, { ...r }]))
  const aspirations = new Map(data.aspirations.map((a) => [`${a.personId}|${a.skillId}`, { ...a }]))
  const checkins = new Map(data.checkins.map((c) => [c.id, c]))
  const requests = new Map<string, InputRequest>()
  const touched = {
    reviews: new Set<string>(),
    aspirations: new Set<string>(),
    checkins: new Set<string>(),
  }
  const previews: LandingPreview[] = []
  const today = options.now.slice(0, 10)
  const skillIds = new Set(data.skills.map((s) => s.id))

  for (const item of accepted) {
    const { document, recipient } = item
    const request = requests.get(item.request.id) ?? structuredClone(item.request)
    requests.set(request.id, request)
    const personId = recipient.personId
    const person = data.people.find((p) => p.id === personId)
    const date = document.submittedAt.slice(0, 10)
    const answers = new Map(document.answers.map((a) => [a.questionId, a.value]))
    const text = (id: string) => {
      const value = answers.get(id)
      return typeof value === 'string' ? value.trim() : ''
    }
    const lines: string[] = []
    writes.responses.push({
      id: document.responseId,
      requestId: request.id,
      recipientToken: recipient.token,
      personId,
      submittedAt: document.submittedAt,
      importedAt: options.now,
      fileName: item.fileName,
      answers: document.answers,
    })
    const own = request.recipients.find((r) => r.token === recipient.token)
    if (own && own.answeredAt === null) own.answeredAt = today

    if (personId !== null) {
      switch (request.kind) {
        case 'self-review': {
          const ratings = [...answers]
            .filter(([id, v]) => id.startsWith('skill:') && typeof v === 'number')
            .map(([id, v]) => ({ skillId: id.slice('skill:'.length), rating: v as number }))
            .filter((rating) => skillIds.has(rating.skillId))
          for (const rating of ratings) {
            writes.assessments.push({
              id: options.newId(),
              personId,
              skillId: rating.skillId,
              level: rating.rating,
              date,
              source: 'self',
              assessorId: personId,
              note: `From the self-review “${request.title}”.`,
            })
          }
          if (request.cycleId !== null && ratings.length > 0) {
            const cycleId = request.cycleId
            const existing = [...reviews.values()].find(
              (r) => r.cycleId === cycleId && r.personId === personId,
            )
            const review: Review = existing ?? {
              id: options.newId(),
              cycleId,
              personId,
              raterName: request.askedBy,
              state: 'draft',
              skillRatings: [],
              goalRatings: [],
              selfRatings: [],
              overallRating: null,
              potential: null,
              strengths: '',
              growthAreas: '',
              nextGoals: '',
              updatedAt: today,
            }
            const rated = new Set(ratings.map((r) => r.skillId))
            review.selfRatings = [
              ...review.selfRatings.filter((r) => !rated.has(r.skillId)),
              ...ratings,
            ]
            if (review.updatedAt < today) review.updatedAt = today
            reviews.set(review.id, review)
            touched.reviews.add(review.id)
          }
          lines.push(
            `${plural(ratings.length, 'self-rating')} beside the manager's in the matrix${request.cycleId ? ' and in the review' : ''}`,
          )
          const words = [...answers.keys()]
            .filter(
              (id) =>
                id.startsWith('goal:') ||
                id === questionIds.achievements ||
                id === questionIds.develop,
            )
            .filter((id) => text(id) !== '')
          if (words.length > 0)
            lines.push(`${plural(words.length, 'answer')} in their words, shown in the review`)
          break
        }
        case 'checkin-prep': {
          const agendaValue = answers.get(questionIds.agenda)
          const agenda = Array.isArray(agendaValue)
            ? agendaValue.filter((s) => s.trim() !== '')
            : []
          const moodValue = answers.get(questionIds.mood)
          const sectionAnswers = [...answers]
            .filter(([id]) => id.startsWith('section:'))
            .map(([id]) => ({ sectionId: id.slice('section:'.length), text: text(id) }))
            .filter((a) => a.text !== '')
          const next =
            [...checkins.values()]
              .filter((c) => c.personId === personId && c.status === 'draft')
              .sort((a, b) => a.date.localeCompare(b.date))[0] ?? null
          const checkin: Checkin = next
            ? { ...next }
            : {
                id: options.newId(),
                personId,
                date: request.dueDate > today ? request.dueDate : today,
                templateId: prepTemplateId,
                answers: [],
                sharedNotes: '',
                privateNotes: '',
                mood: null,
                skillIds: [],
                goalIds: [],
                planItemIds: [],
                agenda: [],
                status: 'draft',
              }
          checkin.prep = {
            responseId: document.responseId,
            submittedAt: document.submittedAt,
            answers: sectionAnswers,
            agenda,
            mood: typeof moodValue === 'number' ? moodValue : null,
          }
          checkins.set(checkin.id, checkin)
          touched.checkins.add(checkin.id)
          lines.push(
            `${plural(agenda.length, 'agenda item')} and ${plural(sectionAnswers.length, 'answer')} in ${next ? 'the next check-in' : 'a new draft check-in'}, marked as theirs`,
          )
          break
        }
        case 'aspirations': {
          let count = 0
          const setInterest = (skillId: string, interest: number, comment: string) => {
            if (!skillIds.has(skillId)) return
            const key = `${personId}|${skillId}`
            const current = aspirations.get(key)
            const next: Aspiration = current
              ? { ...current, interest, updatedAt: today }
              : { id: options.newId(), personId, skillId, interest, comment, updatedAt: today }
            aspirations.set(key, next)
            touched.aspirations.add(key)
            count += 1
          }
          for (const [id, value] of answers) {
            if (id.startsWith('interest:') && typeof value === 'number') {
              setInterest(id.slice('interest:'.length), value, 'From their aspirations.')
            }
          }
          const grow = answers.get(questionIds.grow)
          for (const skillId of Array.isArray(grow) ? grow : []) {
            if (!answers.has(questionIds.interest(skillId)))
              setInterest(skillId, 3, 'Wants to learn it.')
          }
          lines.push(`${plural(count, 'skill interest')} in their aspirations and the skill demand`)
          if (text(questionIds.support) !== '' || answers.get(questionIds.nextRole)) {
            lines.push('Their next role and the support they want, on their profile')
          }
          break
        }
        case 'peer-feedback': {
          const subjectId = request.subjectPersonId
          if (subjectId !== null) {
            writes.feedback.push({
              id: options.newId(),
              personId: subjectId,
              date,
              kind: 'observation',
              source: 'peer',
              authorName: request.isAnonymous
                ? ''
                : (person?.displayName ?? recipient.context.personName),
              situation: text(questionIds.situation),
              behaviour: text(questionIds.behaviour),
              impact: text(questionIds.impact),
              skillIds: [],
              goalIds: [],
              responseId: document.responseId,
              isAnonymous: request.isAnonymous,
            })
            const subject = data.people.find((p) => p.id === subjectId)
            lines.push(
              `Peer feedback on ${subject?.displayName ?? 'the colleague'} in the feedback log${request.isAnonymous ? ', without the rater’s name' : ''}`,
            )
          }
          break
        }
        case 'training-reaction': {
          const scale = (id: string) => {
            const value = answers.get(id)
            return typeof value === 'number' ? value : null
          }
          const relevance = scale(questionIds.relevance)
          const engagement = scale(questionIds.engagement)
          if (request.enrolmentId !== null && relevance !== null && engagement !== null) {
            writes.evaluations.push({
              id: options.newId(),
              enrolmentId: request.enrolmentId,
              date,
              kind: 'reaction',
              relevance,
              engagement,
              wouldRecommend: answers.get(questionIds.recommend) === 'yes',
              usefulness: scale(questionIds.usefulness),
              confidence: scale(questionIds.confidence),
              note: text(questionIds.comment),
              responseId: document.responseId,
            })
            lines.push('Level 1 (reaction) of the training’s evaluation')
          }
          break
        }
        case 'team-pulse':
          break
      }
    }
    if (request.kind === 'team-pulse') lines.push('One anonymous answer in the Pulse view')
    previews.push({
      fileName: item.fileName,
      title: request.title,
      kindLabel: requestKindLabels[request.kind],
      who: personId === null ? 'Anonymous' : (person?.displayName ?? recipient.context.personName),
      lines,
    })
  }
  writes.requests = [...requests.values()]
  writes.reviews = [...touched.reviews].map((id) => reviews.get(id)!)
  writes.aspirations = [...touched.aspirations].map((key) => aspirations.get(key)!)
  writes.checkins = [...touched.checkins].map((id) => checkins.get(id)!)
  return { writes, previews }
}
