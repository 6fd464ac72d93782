import type { Question, WorkspaceData } from '../../model'
import {
  answerEveryQuestion,
  createDefaultRequestInput,
  createInputRequest,
  createResponseDocument,
  planResponseLanding,
  pulseLibrary,
  type NewRequestInput,
} from '../requests'
import type { InputRequest, RequestKind } from '../../model/requests'
import { addDays } from './dates'
import type { Rng } from './random'
import { phraseFor } from './request-phrases'

/**
 * Requests of every kind, some answered and some still out, and three past team pulses: the
 * answers go through the same landing as imported files, so they sit where real ones would.
 */
export function addSampleRequests(data: WorkspaceData, today: string, rng: Rng): void {
  let serial = 0
  const uuid = () => {
    serial += 1
    const hex = Array.from({ length: 12 }, () => rng.nextInt(0, 15).toString(16)).join('')
    return `5a3b1e00-${String(serial).padStart(4, '0')}-4000-8000-${hex}`
  }
  const managerLevel = latestLevels(data, 'manager')
  const ask = (
    kind: RequestKind,
    id: string,
    createdDaysAgo: number,
    patch: Partial<NewRequestInput>,
  ): InputRequest => {
    const created = addDays(today, -createdDaysAgo)
    const base = createDefaultRequestInput({ kind }, data, {
      today: created,
      askedBy: 'Sinéad Ryan',
    })
    const result = createInputRequest({ ...base, ...patch }, data, {
      id,
      today: created,
      newToken: uuid,
    })
    if (!result.ok) throw new Error(`Sample request ${id}: ${result.message}`)
    for (const recipient of result.request.recipients) recipient.exportedAt = created
    data.requests.push(result.request)
    return result.request
  }
  const answer = (request: InputRequest, recipientIndex: number, daysAgo: number) => {
    const recipient = request.recipients[recipientIndex]!
    const submittedAt = `${addDays(today, -daysAgo)}T${String(rng.nextInt(8, 17)).padStart(2, '0')}:${String(rng.nextInt(10, 59))}:00.000Z`
    const personId = recipient.personId
    const pick = (question: Question, count: number): number => {
      if (question.id.startsWith('skill:') && personId !== null) {
        const level = managerLevel.get(`${personId}|${question.id.slice(6)}`) ?? 2
        // Most rate themselves near their manager; a few see themselves two levels higher.
        const shift = rng.roll(0.12) ? 2 : rng.pick([-1, 0, 0, 1])
        return Math.max(0, Math.min(count - 1, level + shift))
      }
      if (question.id === 'enps')
        return rng.pickWeighted([
          [6, 1],
          [7, 2],
          [8, 3],
          [9, 3],
          [10, 2],
          [4, 1],
        ])
      if (question.type === 'scale' && count === 5)
        return rng.pickWeighted([
          [2, 1],
          [3, 3],
          [4, 3],
        ])
      if (question.type === 'choice') return rng.nextInt(0, count - 1)
      return rng.nextInt(Math.floor(count / 2), count - 1)
    }
    const answers = answerEveryQuestion(recipient.questions, pick, (q) => phraseFor(q, rng)).filter(
      (a) => !(a.questionId === 'comment' && rng.roll(0.4)),
    )
    const document = createResponseDocument(request, recipient, {
      workspaceId: 'sample',
      responseId: uuid(),
      submittedAt,
      answers,
    })
    const plan = planResponseLanding(
      [
        {
          isAccepted: true,
          fileName: `${request.title}.trellis-response`,
          document,
          request,
          recipient,
        },
      ],
      data,
      { now: submittedAt, newId: () => `sample-${uuid()}` },
    )
    applyWrites(data, plan.writes)
  }
  const current = (id: string) => data.requests.find((r) => r.id === id)!

  const cycle = [...data.reviewCycles].sort((a, b) => b.periodEnd.localeCompare(a.periodEnd))[0]
  if (cycle) {
    const people = cycle.personIds.filter((id) => id !== leadOf(data, id))
    const selfReview = ask('self-review', 'request-self-review', 16, {
      personIds: people,
      cycleId: cycle.id,
      dueDate: addDays(today, 5),
      expiresOn: addDays(today, 19),
      message:
        'Before we sit down for the review, tell me where you see yourself on each skill and how your goals went. Your view goes beside mine.',
    })
    people
      .slice(0, Math.max(1, people.length - 3))
      .forEach((_, index) => answer(current(selfReview.id), index, 14 - index * 2))
  }

  const drafts = data.checkins.filter((c) => c.status === 'draft').map((c) => c.personId)
  const prepPeople = [...new Set([...drafts, 'person-14'])].filter((id) =>
    data.people.some((p) => p.id === id),
  )
  const prep = ask('checkin-prep', 'request-checkin-prep', 4, {
    personIds: prepPeople,
    dueDate: addDays(today, 2),
    expiresOn: addDays(today, 9),
    message: 'A few minutes before our next 1:1: what you want to talk about and how it is going.',
  })
  drafts.forEach((_, index) => answer(current(prep.id), index, 2 - Math.min(index, 1)))

  const roastery = data.people
    .filter(
      (p) => p.teamId === 'team-roastery' && p.status === 'active' && p.roleId !== 'role-team-lead',
    )
    .slice(0, 4)
  const aspirations = ask('aspirations', 'request-aspirations', 40, {
    personIds: roastery.map((p) => p.id),
    dueDate: addDays(today, -26),
    expiresOn: addDays(today, -12),
    message: 'Where would you like to grow next year? This shapes the training plan.',
  })
  roastery.slice(0, 3).forEach((_, index) => answer(current(aspirations.id), index, 36 - index * 3))

  const subject = data.people.find((p) => p.id === 'person-28')
  const raters = data.people
    .filter((p) => p.teamId === 'team-sales' && p.status === 'active' && p.id !== subject?.id)
    .slice(0, 4)
  if (subject && raters.length >= 3) {
    const peer = ask('peer-feedback', 'request-peer-feedback', 12, {
      personIds: raters.map((p) => p.id),
      subjectPersonId: subject.id,
      title: `Feedback for ${subject.displayName}`,
      isAnonymous: true,
      dueDate: addDays(today, 3),
      expiresOn: addDays(today, 17),
      message: `${subject.displayName} asked for feedback before the review. One concrete moment helps most.`,
    })
    raters.slice(0, 3).forEach((_, index) => answer(current(peer.id), index, 10 - index * 3))
  }

  const reacted = new Set(
    data.evaluations.filter((e) => e.kind === 'reaction').map((e) => e.enrolmentId),
  )
  const recent = data.enrolments
    .filter((e) => e.status === 'completed' && e.endDate !== null && !reacted.has(e.id))
    .filter((e) => e.endDate! >= addDays(today, -120))
    .sort((a, b) => a.endDate!.localeCompare(b.endDate!))
    .slice(-3)
  recent.forEach((enrolment, index) => {
    const created = Math.max(3, Math.min(60, daysBetween(enrolment.endDate!, today) - 1))
    const request = ask('training-reaction', `request-reaction-${index + 1}`, created, {
      personIds: [enrolment.personId],
      enrolmentId: enrolment.id,
      title: `Your view of ${data.initiatives.find((i) => i.id === enrolment.initiativeId)?.title ?? 'the training'}`,
      dueDate: addDays(today, -created + 14),
      expiresOn: addDays(today, Math.max(10, -created + 44)),
    })
    if (index < 2) answer(current(request.id), 0, Math.max(1, created - 3))
  })

  const team = data.people
    .filter((p) => p.teamId === 'team-sales' && p.status === 'active')
    .map((p) => p.id)
  const pulses: [number, number, string][] = [
    [272, 6, 'Spring pulse'],
    [180, 7, 'Summer pulse'],
    [90, 6, 'Autumn pulse'],
    [5, 4, 'Winter pulse'],
  ]
  for (const [daysAgo, responses, title] of pulses) {
    const isPast = daysAgo > 30
    const pulse = ask('team-pulse', `request-pulse-${daysAgo}`, daysAgo, {
      title: `${title}: Wholesale & Customer Care`,
      personIds: team,
      dueDate: addDays(today, -daysAgo + 7),
      expiresOn: addDays(today, -daysAgo + 14),
      pulseQuestions: pulseLibrary.filter((q) =>
        ['growth', 'recognition', 'workload', 'clarity', 'tools'].includes(q.id),
      ),
      message:
        'Five questions, two minutes, no names. Results show once five of you have answered.',
    })
    for (let i = 0; i < responses; i += 1) answer(current(pulse.id), 0, daysAgo - 1 - (i % 5))
    if (isPast) current(pulse.id).status = 'closed'
  }
}

function applyWrites(
  data: WorkspaceData,
  writes: ReturnType<typeof planResponseLanding>['writes'],
): void {
  const put = <T extends { id: string }>(rows: T[], changed: readonly T[]) => {
    for (const record of changed) {
      const index = rows.findIndex((r) => r.id === record.id)
      if (index === -1) rows.push(record)
      else rows[index] = record
    }
  }
  data.responses.push(...writes.responses)
  put(data.requests, writes.requests)
  data.assessments.push(...writes.assessments)
  put(data.reviews, writes.reviews)
  put(data.aspirations, writes.aspirations)
  put(data.checkins, writes.checkins)
  data.feedback.push(...writes.feedback)
  data.evaluations.push(...writes.evaluations)
}

function latestLevels(data: WorkspaceData, source: string): Map<string, number> {
  const latest = new Map<string, { date: string; level: number }>()
  for (const a of data.assessments) {
    if (a.source !== source) continue
    const key = `${a.personId}|${a.skillId}`
    const seen = latest.get(key)
    if (!seen || seen.date <= a.date) latest.set(key, { date: a.date, level: a.level })
  }
  return new Map([...latest].map(([key, value]) => [key, value.level]))
}

function leadOf(data: WorkspaceData, personId: string): string | null {
  const person = data.people.find((p) => p.id === personId)
  return data.teams.find((t) => t.id === person?.teamId)?.leadPersonId ?? null
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}
