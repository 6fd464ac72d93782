import type {
  ActionItem,
  Cadence,
  Certification,
  Checkin,
  Enrolment,
  Evaluation,
  Goal,
  GoalUpdate,
  InputRequest,
  Review,
  ReviewCycle,
} from '../../model'
import { addDays } from '../dates/iso-date'
import { toPeriodKey } from '../goals/periods'
import {
  makeAction,
  makeCertification,
  makeCheckin,
  makeCycle,
  makeEnrolment,
  makeGoal,
  makeGoalUpdate,
  makeInitiative,
  makeInput,
  makePerson,
  makeRecipient,
  makeRequest,
  makeResults,
  makeReview,
} from './test-fixtures'
import type { AgendaInput } from './types'

const cadences: readonly Cadence[] = ['weekly', 'biweekly', 'monthly']

/**
 * A large workspace for speed checks, built without randomness: `people` people (one in twenty
 * has left) with `years` of history up to `today`: a check-in every 14 days with two actions
 * each (most done), a goal per person per quarter with monthly updates, two trainings a year,
 * yearly certificates, two review cycles a year and a monthly self-review request.
 */
export function generateAgendaWorkload(
  options: { people?: number; years?: number; today?: string } = {},
): AgendaInput {
  const { people: count = 200, years = 5, today = '2026-12-07' } = options
  const start = addDays(today, -365 * years)
  const people = Array.from({ length: count }, (_, index) =>
    makePerson(`person-${index}`, {
      displayName: `Person ${index}`,
      hireDate: start,
      createdAt: start,
      checkinCadence: index % 4 === 3 ? null : cadences[index % 3]!,
      ...(index % 20 === 19 ? { status: 'left' as const, leftDate: addDays(today, -100) } : {}),
    }),
  )
  const checkins: Checkin[] = []
  const actionItems: ActionItem[] = []
  for (const person of people) {
    for (let date = addDays(start, 14), n = 0; date <= today; date = addDays(date, 14), n += 1) {
      const id = `${person.id}-c${n}`
      checkins.push(makeCheckin(id, person.id, date))
      actionItems.push(
        makeAction(`${id}-a0`, id, person.id, { isDone: true, doneDate: date }),
        makeAction(`${id}-a1`, id, person.id, {
          isDone: n % 5 !== 0,
          dueDate: n % 2 === 0 ? addDays(date, 7) : null,
        }),
      )
    }
  }
  const kpis = [
    {
      id: 'kpi-sales',
      name: 'Sales',
      description: '',
      unit: '',
      direction: 'higher-is-better' as const,
      scope: 'person' as const,
    },
  ]
  const initiatives = Array.from({ length: 20 }, (_, index) =>
    makeInitiative(`training-${index}`, { kpiId: index % 2 === 0 ? 'kpi-sales' : null }),
  )
  const goals: Goal[] = []
  const goalUpdates: GoalUpdate[] = []
  const reviewCycles: ReviewCycle[] = []
  const reviews: Review[] = []
  const requests: InputRequest[] = []
  const enrolments: Enrolment[] = []
  const evaluations: Evaluation[] = []
  const certifications: Certification[] = []
  for (let quarter = 0; quarter < years * 4; quarter += 1) {
    const quarterStart = addDays(start, quarter * 91)
    if (quarterStart > today) break
    const period = toPeriodKey(quarterStart, 1)
    const isPast = addDays(quarterStart, 91) < today
    for (const person of people) {
      const goalId = `${person.id}-g${quarter}`
      goals.push(
        makeGoal(goalId, { period, ownerPersonId: person.id, status: isPast ? 'done' : 'active' }),
      )
      for (let month = 0; month < 3; month += 1) {
        const date = addDays(quarterStart, 15 + month * 30)
        if (date <= today) goalUpdates.push(makeGoalUpdate(`${goalId}-u${month}`, goalId, date))
      }
    }
  }
  for (let year = 0; year < years; year += 1) {
    const yearStart = addDays(start, year * 365)
    const cycleId = `cycle-${year}`
    reviewCycles.push(
      makeCycle(
        cycleId,
        people.map((p) => p.id),
        { periodStart: yearStart, periodEnd: addDays(yearStart, 364) },
      ),
    )
    const requestId = `request-${year}`
    const recipients = people
      .slice(0, 10)
      .map((p) => makeRecipient(p.id, { exportedAt: yearStart }))
    requests.push(
      makeRequest(requestId, recipients, {
        createdAt: yearStart,
        dueDate: addDays(yearStart, 14),
        expiresOn: addDays(yearStart, 400),
      }),
    )
    people.forEach((person, index) => {
      const enrolmentId = `${person.id}-e${year}`
      const initiativeId = `training-${(index + year) % 20}`
      const endDate = addDays(yearStart, 60 + (index % 200))
      if (endDate > today) return
      enrolments.push(
        makeEnrolment(enrolmentId, person.id, initiativeId, {
          startDate: addDays(endDate, -30),
          endDate,
        }),
      )
      if (index % 5 !== 0)
        evaluations.push(makeResults(`${enrolmentId}-r`, enrolmentId, 'kpi-sales'))
      certifications.push(
        makeCertification(`${person.id}-cert${year}`, person.id, {
          issuedOn: yearStart,
          expiresOn: addDays(yearStart, 365 + (index % 90)),
        }),
      )
      reviews.push(
        makeReview(
          `${cycleId}-${person.id}`,
          cycleId,
          person.id,
          year < years - 1 ? 'final' : 'draft',
        ),
      )
    })
  }
  const responses = requests.flatMap((request) =>
    request.recipients.slice(0, 5).map((recipient, index) => ({
      id: `${request.id}-response-${index}`,
      requestId: request.id,
      recipientToken: recipient.token,
      personId: recipient.personId,
      submittedAt: `${request.createdAt}T12:00:00.000Z`,
      importedAt: `${request.createdAt}T13:00:00.000Z`,
      fileName: '',
      answers: [],
    })),
  )
  return makeInput({
    people,
    checkins,
    actionItems,
    goals,
    goalUpdates,
    kpis,
    initiatives,
    enrolments,
    evaluations,
    certifications,
    reviewCycles,
    reviews,
    requests,
    responses,
  })
}
