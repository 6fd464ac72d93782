import { describe, expect, it } from 'vitest'
import {
  createPeerFeedbackData,
  peerFixtureToday,
} from '../../../../test/support/peer-feedback-fixture'
import { buildReviewPacket } from './build-packet'
import { ReviewPacket } from './packet'

function build(options: { raterCount: number; isAnonymous: boolean }) {
  const fixture = createPeerFeedbackData(options)
  const packet = buildReviewPacket(fixture.data, {
    personId: fixture.personId,
    period: fixture.period,
    cycle: null,
    includePrivateNotes: false,
    today: peerFixtureToday,
    workspaceName: 'Kestrel Coffee Roasters',
  })
  return { ...fixture, packet }
}

describe('the packet’s peer feedback', () => {
  it('shows anonymised texts from three raters without their names, and the rating averages', () => {
    const { packet, raterNames } = build({ raterCount: 3, isAnonymous: true })
    expect(() => ReviewPacket.parse(packet)).not.toThrow()
    expect(packet.peerFeedback?.raterCount).toBe(3)
    expect(packet.peerFeedback?.heldBack).toBeNull()
    expect(packet.peerFeedback?.entries).toHaveLength(3)
    expect(
      packet.peerFeedback?.entries.every((e) => e.author === 'A colleague' && e.date === ''),
    ).toBe(true)
    expect(packet.peerFeedback?.entries[0]?.text).toMatch(/^PEER-TEXT-0: the situation — /)
    expect(packet.peerFeedback?.ratings).toHaveLength(3)
    // Answers pick option (index + 2) % 5: 3, 4 and 5.
    expect(packet.peerFeedback?.ratings[0]).toMatchObject({ average: 4, count: 3 })
    const text = JSON.stringify([packet.peerFeedback, packet.feedback])
    for (const name of raterNames) expect(text).not.toContain(name)
    // Not a second time, with a date, in the general feedback table.
    expect(packet.feedback.entries.some((e) => e.text.includes('PEER-TEXT'))).toBe(false)
  })

  it('holds back anonymised feedback from two raters and says why, with no text anywhere', () => {
    const { packet } = build({ raterCount: 2, isAnonymous: true })
    expect(packet.peerFeedback).toEqual({
      raterCount: 2,
      entries: [],
      heldBack:
        'Peer feedback from 2 colleagues is held back until at least 3 have answered, to keep it anonymous.',
      ratings: [],
    })
    expect(JSON.stringify(packet)).not.toContain('PEER-TEXT')
  })

  it('names the raters of a named request, with the date received', () => {
    const { packet, raterNames } = build({ raterCount: 2, isAnonymous: false })
    expect(packet.peerFeedback?.entries.map((e) => [e.author, e.date])).toEqual(
      raterNames.map((name) => [name, peerFixtureToday]),
    )
    expect(packet.peerFeedback?.ratings[0]).toMatchObject({ average: 3.5, count: 2 })
  })
})
