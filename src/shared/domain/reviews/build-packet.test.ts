import { describe, expect, it } from 'vitest'
import { generateSampleCompany } from '../sample/generate'
import { buildReviewPacket } from './build-packet'
import { ReviewPacket } from './packet'

const today = '2026-11-23'
const data = generateSampleCompany({ today })
const cycle = data.reviewCycles[0]!
const period = { label: cycle.name, start: cycle.periodStart, end: cycle.periodEnd }

describe('review packet content', () => {
  const review = data.reviews.find((r) => r.state === 'final') ?? data.reviews[0]!
  const build = (includePrivateNotes: boolean) =>
    buildReviewPacket(data, {
      personId: review.personId,
      period,
      cycle,
      includePrivateNotes,
      today,
      workspaceName: 'Kestrel Coffee Roasters',
    })

  it('fills every section from the sample company and passes the contract schema', () => {
    const packet = build(false)
    expect(() => ReviewPacket.parse(packet)).not.toThrow()
    expect(packet.skills.length).toBeGreaterThan(0)
    expect(packet.review?.skillRatings.length).toBe(review.skillRatings.length)
    expect(packet.checkins.length).toBeGreaterThan(0)
    expect(
      packet.checkins.every((c) => c.date >= cycle.periodStart && c.date <= cycle.periodEnd),
    ).toBe(true)
    expect(
      packet.feedback.praise + packet.feedback.constructive + packet.feedback.observation,
    ).toBe(packet.feedback.entries.length)
    for (const gap of packet.gaps) expect(gap.gap).toBeGreaterThan(0)
  })

  it('says a goal has no progress yet instead of an owner’s "on track" before anything moved', () => {
    const d = structuredClone(data)
    const goal = d.goals.find((g) => g.ownerPersonId === review.personId && g.period >= '2026')!
    d.keyResults = d.keyResults.filter((kr) => kr.goalId !== goal.id)
    d.goalUpdates = [
      ...d.goalUpdates.filter((u) => u.goalId !== goal.id),
      {
        ...d.goalUpdates[0]!,
        id: 'words-only',
        goalId: goal.id,
        keyResultId: null,
        value: null,
        confidence: 'on-track',
        date: cycle.periodStart,
      },
    ]
    const packet = buildReviewPacket(d, {
      personId: review.personId,
      period,
      cycle,
      includePrivateNotes: false,
      today,
      workspaceName: 'Kestrel Coffee Roasters',
    })
    expect(packet.goals.find((g) => g.title === goal.title)?.confidence).toBe('No progress yet')
    for (const g of build(false).goals) {
      expect(['On track', 'At risk', 'Off track', 'No progress yet', 'No update yet']).toContain(
        g.confidence,
      )
    }
  })

  it('carries private notes only when asked', () => {
    expect(build(false).checkins.every((c) => c.privateNotes === null)).toBe(true)
    const withNotes = build(true).checkins.filter((c) => c.privateNotes !== null)
    const expected = data.checkins.filter(
      (c) =>
        c.personId === review.personId &&
        c.status === 'done' &&
        c.date >= cycle.periodStart &&
        c.date <= cycle.periodEnd &&
        c.privateNotes.trim() !== '',
    )
    expect(withNotes).toHaveLength(expected.length)
  })

  it('computes gaps against the role from the latest manager assessment', () => {
    const d = structuredClone(data)
    const person = d.people.find((p) => p.id === review.personId)!
    const requirement = d.roleRequirements.find((r) => r.roleId === person.roleId)!
    d.assessments.push({
      id: 'late',
      personId: person.id,
      skillId: requirement.skillId,
      level: 0,
      date: cycle.periodEnd,
      source: 'manager',
      assessorId: null,
      note: '',
    })
    const packet = buildReviewPacket(d, {
      personId: person.id,
      period,
      cycle,
      includePrivateNotes: false,
      today,
      workspaceName: 'W',
    })
    const skill = packet.skills.find(
      (s) => s.name === d.skills.find((k) => k.id === requirement.skillId)!.name,
    )!
    expect(skill.current).toBe(0)
    expect(skill.gap).toBe(requirement.requiredLevel)
  })
})
