import { describe, expect, it } from 'vitest'
import { listCertificationItems } from './certification-items'
import { createAgendaContext } from './context'
import { makeCertification, makeInput, makePerson } from './test-fixtures'

const people = [
  makePerson('aoife', { displayName: 'Aoife Brennan' }),
  makePerson('gone', { status: 'left', leftDate: '2026-11-01' }),
]

function itemsOn(
  today: string,
  certifications = [makeCertification('c1', 'aoife', { expiresOn: '2027-02-05' })],
) {
  return listCertificationItems(
    makeInput({ people, certifications }),
    createAgendaContext(people, today),
  )
}

describe('certification items', () => {
  it('warns 60 days ahead, again 30 days ahead, then shows the expiry, one at a time', () => {
    expect(itemsOn('2026-12-07')).toEqual([
      {
        id: 'cert:c1:2027-02-05:60',
        kind: 'certification',
        date: '2026-12-07',
        personId: 'aoife',
        title: 'Renew Food safety for Aoife Brennan',
        why: 'It expires on 5 Feb 2027, in 60 days; renew it before then.',
        isOverdue: false,
        action: { route: '/people/aoife', label: 'Open their profile' },
      },
    ])
    // Past the 60-day mark the warning stays, not overdue: the certificate is still valid.
    expect(itemsOn('2026-12-20')).toEqual([
      expect.objectContaining({
        id: 'cert:c1:2027-02-05:60',
        date: '2026-12-07',
        isOverdue: false,
      }),
    ])
    expect(itemsOn('2027-01-06')).toEqual([
      expect.objectContaining({
        id: 'cert:c1:2027-02-05:30',
        date: '2027-01-06',
        isOverdue: false,
        why: 'It expires on 5 Feb 2027, in 30 days; renew it before then.',
      }),
    ])
    expect(itemsOn('2027-02-05')).toEqual([
      expect.objectContaining({
        id: 'cert:c1:2027-02-05:expired',
        date: '2027-02-05',
        isOverdue: false,
        why: 'It expires today; renew it or record the new certificate.',
      }),
    ])
    expect(itemsOn('2027-02-11')).toEqual([
      expect.objectContaining({
        id: 'cert:c1:2027-02-05:expired',
        isOverdue: true,
        why: 'It expired on 5 Feb 2027, 6 days ago; renew it or record the new certificate.',
      }),
    ])
  })

  it('dates the first warning ahead when the expiry is far off', () => {
    expect(itemsOn('2026-10-01')).toEqual([
      expect.objectContaining({ id: 'cert:c1:2027-02-05:60', date: '2026-12-07' }),
    ])
  })

  it('counts only the certificate of a name that expires last: a renewal retires the old one', () => {
    const certifications = [
      makeCertification('old', 'aoife', {
        name: 'Food safety',
        issuedOn: '2025-11-01',
        expiresOn: '2026-11-01',
      }),
      makeCertification('never', 'aoife', { name: 'Barista', expiresOn: null }),
      makeCertification('lapsed', 'aoife', { name: 'Barista', expiresOn: '2026-12-01' }),
      makeCertification('new', 'aoife', {
        name: ' food SAFETY ',
        issuedOn: '2026-10-15',
        expiresOn: '2027-10-15',
      }),
      makeCertification('first-aid', 'aoife', { name: 'First aid', expiresOn: '2026-12-27' }),
    ]
    expect(itemsOn('2026-12-07', certifications).map((item) => item.id)).toEqual([
      'cert:new:2027-10-15:60',
      'cert:first-aid:2026-12-27:30',
    ])
  })

  it('skips certificates that never expire and those of people who left', () => {
    const certifications = [
      makeCertification('forever', 'aoife', { expiresOn: null }),
      makeCertification('theirs', 'gone', { expiresOn: '2026-12-10' }),
    ]
    expect(itemsOn('2026-12-07', certifications)).toEqual([])
  })
})
