import type { Certification } from '../../model'
import { addDays } from '../dates/iso-date'
import { createItem, describeFromToday, formatDay, linkTo, type AgendaContext } from './context'
import type { AgendaInput, AgendaItem } from './types'

/** A certification is flagged this many days before it expires, the nearer one replacing the other. */
export const certificationWarningDays = [60, 30] as const

/** Whether `next` replaces `current` as the person's certificate of that name: issued later. */
function isNewer(next: Certification, current: Certification): boolean {
  if (next.issuedOn !== current.issuedOn) return next.issuedOn > current.issuedOn
  if (next.expiresOn !== current.expiresOn) {
    return (
      current.expiresOn !== null && (next.expiresOn === null || next.expiresOn > current.expiresOn)
    )
  }
  return next.id > current.id
}

/** The latest certificate of each name per person: a renewal retires the one it replaced. */
function listCurrentCertifications(certifications: readonly Certification[]): Certification[] {
  const latest = new Map<string, Certification>()
  for (const certification of certifications) {
    const key = `${certification.personId}\u0000${certification.name.trim().toLowerCase()}`
    const current = latest.get(key)
    if (current === undefined || isNewer(certification, current)) latest.set(key, certification)
  }
  return [...latest.values()]
}

/**
 * One item per expiring certification, the most urgent that applies today: the 60-day warning,
 * then the 30-day one, then, from the day it expires, the expiry itself (overdue once past).
 * Each has its own id, so a warning marked done leaves the next one to come.
 */
export function listCertificationItems(
  input: Pick<AgendaInput, 'certifications'>,
  context: AgendaContext,
): AgendaItem[] {
  const { today } = context
  const items: AgendaItem[] = []
  for (const certification of listCurrentCertifications(input.certifications)) {
    const expiresOn = certification.expiresOn
    const person = context.active.get(certification.personId)
    if (expiresOn === null || !person) continue
    const base = {
      kind: 'certification' as const,
      personId: person.id,
      title: `Renew ${certification.name} for ${person.displayName}`,
      action: { route: linkTo('people', person.id), label: 'Open their profile' },
    }
    if (today >= expiresOn) {
      const when =
        today === expiresOn
          ? 'It expires today'
          : `It expired on ${formatDay(expiresOn)}, ${describeFromToday(expiresOn, today)}`
      items.push(
        createItem(
          {
            ...base,
            id: `cert:${certification.id}:${expiresOn}:expired`,
            date: expiresOn,
            why: `${when}; renew it or record the new certificate.`,
          },
          today,
        ),
      )
      continue
    }
    const [far, near] = certificationWarningDays
    const days = today >= addDays(expiresOn, -near) ? near : far
    items.push({
      ...base,
      id: `cert:${certification.id}:${expiresOn}:${days}`,
      date: addDays(expiresOn, -days),
      why: `It expires on ${formatDay(expiresOn)}, ${describeFromToday(expiresOn, today)}; renew it before then.`,
      isOverdue: false,
    })
  }
  return items
}
