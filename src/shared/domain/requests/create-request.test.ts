import { describe, expect, it } from 'vitest'
import { InputRequest } from '../../model/requests'
import { generateSampleCompany } from '../sample/generate'
import {
  createDefaultRequestInput,
  createInputRequest,
  type NewRequestInput,
} from './create-request'
import { toRequestFileNames, toRequestPageData } from './page-data'
import { RequestPageData } from './formats'
import { listOutstandingRequests, summarizeRequest } from './status'

const today = '2026-11-23'
const data = generateSampleCompany({ today })
let tokenCount = 0
const newToken = () => `00000000-0000-4000-8000-${String(++tokenCount).padStart(12, '0')}`
const someone = data.people.find((p) => p.status === 'active' && p.roleId !== null)!
const cycle = data.reviewCycles[0]!

function create(input: Partial<NewRequestInput> & Pick<NewRequestInput, 'kind'>) {
  const base = createDefaultRequestInput({ kind: input.kind }, data, {
    today,
    askedBy: 'Mara Jensen',
  })
  return createInputRequest({ ...base, ...input }, data, { id: 'req-1', today, newToken })
}

describe('createInputRequest', () => {
  it('asks a self-review per role skill on the workspace scale, per goal, and names the cycle', () => {
    const result = create({ kind: 'self-review', personIds: [someone.id], cycleId: cycle.id })
    if (!result.ok) throw new Error(result.message)
    expect(InputRequest.parse(result.request)).toEqual(result.request)
    const recipient = result.request.recipients[0]!
    const skillQuestions = recipient.questions.filter((q) => q.id.startsWith('skill:'))
    const required = data.roleRequirements.filter((r) => r.roleId === someone.roleId)
    expect(skillQuestions.length).toBeGreaterThanOrEqual(required.length)
    const first = skillQuestions[0]!
    expect(first.type === 'scale' && first.options.map((o) => o.value)).toEqual(
      [...data.scaleLevels].map((l) => l.level).sort((a, b) => a - b),
    )
    expect(recipient.context.personName).toBe(someone.displayName)
    expect(recipient.context.cycleName).toBe(cycle.name)
    expect(recipient.questions.map((q) => q.id)).toContain('achievements')
  })

  it('makes one file for a whole team pulse, naming nobody, with eNPS 0-10', () => {
    const team = data.people.filter((p) => p.status === 'active').map((p) => p.id)
    const result = create({ kind: 'team-pulse', personIds: team })
    if (!result.ok) throw new Error(result.message)
    expect(result.request.recipients).toHaveLength(1)
    expect(result.request.recipients[0]!.personId).toBeNull()
    expect(result.request.recipients[0]!.context.personName).toBe('')
    expect(result.request.isAnonymous).toBe(true)
    expect(result.request.audiencePersonIds).toEqual(team)
    const enps = result.request.recipients[0]!.questions.find((q) => q.id === 'enps')
    expect(enps?.type === 'scale' && enps.options.length).toBe(11)
  })

  it('refuses what cannot be asked, naming the field', () => {
    expect(create({ kind: 'self-review', personIds: [] })).toMatchObject({
      ok: false,
      field: 'personIds',
    })
    expect(
      create({ kind: 'peer-feedback', personIds: [someone.id], subjectPersonId: someone.id }),
    ).toMatchObject({
      ok: false,
      field: 'personIds',
    })
    expect(
      create({
        kind: 'checkin-prep',
        personIds: [someone.id],
        dueDate: '2026-12-01',
        expiresOn: '2026-11-30',
      }),
    ).toMatchObject({ ok: false, field: 'expiresOn' })
    expect(
      create({ kind: 'checkin-prep', personIds: [someone.id], dueDate: '2026-11-01' }),
    ).toMatchObject({
      ok: false,
      field: 'dueDate',
    })
    expect(create({ kind: 'training-reaction', personIds: [someone.id] })).toMatchObject({
      ok: false,
      field: 'enrolmentId',
    })
  })

  it('writes page data the page format accepts, and numbered file names for shared names', () => {
    const result = create({ kind: 'checkin-prep', personIds: [someone.id, someone.id] })
    if (!result.ok) throw new Error(result.message)
    const page = toRequestPageData(result.request, result.request.recipients[0]!, {
      id: 'ws-1',
      recipient: `age1${'q'.repeat(58)}`,
    })
    expect(RequestPageData.parse(page)).toEqual(page)
    const names = toRequestFileNames(result.request, result.request.recipients)
    expect(names[0]).toBe(`1:1 prep - ${someone.displayName}.html`.replace(':', ' '))
    expect(names[1]).toBe(names[0]!.replace('.html', ' (2).html'))
  })

  it('counts outstanding answers once exported, until answered, closed or expired', () => {
    const result = create({ kind: 'checkin-prep', personIds: [someone.id] })
    if (!result.ok) throw new Error(result.message)
    const request = result.request
    expect(listOutstandingRequests([request], [], data.people, today)).toHaveLength(0)
    request.recipients[0]!.exportedAt = today
    expect(listOutstandingRequests([request], [], data.people, today)).toMatchObject([
      { who: someone.displayName, isOverdue: false },
    ])
    expect(summarizeRequest(request, [], today)).toMatchObject({ state: 'open', outstanding: 1 })
    expect(listOutstandingRequests([request], [], data.people, request.expiresOn)).toHaveLength(1)
    expect(listOutstandingRequests([request], [], data.people, '2099-01-01')).toHaveLength(0)
    request.recipients[0]!.answeredAt = today
    expect(summarizeRequest(request, [], today)).toMatchObject({
      state: 'complete',
      outstanding: 0,
    })
  })
})

describe('listOutstandingRequests', () => {
  it('gives one row per request, naming who is still to answer', () => {
    const people = data.people.filter((p) => p.status === 'active' && p.roleId !== null).slice(0, 5)
    const result = create({ kind: 'checkin-prep', personIds: people.map((p) => p.id) })
    if (!result.ok) throw new Error(result.message)
    for (const r of result.request.recipients) r.exportedAt = today
    result.request.recipients[0]!.answeredAt = today
    const names = people
      .slice(1)
      .map((p) => p.displayName)
      .sort((a, b) => a.localeCompare(b))
    expect(listOutstandingRequests([result.request], [], data.people, today)).toEqual([
      expect.objectContaining({
        who: `${names[0]}, ${names[1]} and 2 more`,
        answered: 1,
        total: 5,
        personId: null,
      }),
    ])
  })
})
