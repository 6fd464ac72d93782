import type { Certification } from '../../model'
import { findHeldCertification } from '../careers/certifications'
import { addDays } from '../dates/iso-date'
import { createItem, describeFromToday, formatDay, linkTo, type AgendaContext } from './context'
import type { AgendaInput, AgendaItem } from './types'

/** A certification is flagged this many days before it expires, the nearer one replacing the other. */
export const certificationWarningDays = [60, 30] as const

/**
 * The certificate each person holds under each name: the one that expires last, as the Career
 * tab reads it (`findHeldCertification`), so a renewal retires the one it replaced.
 */
function listHeldCertifications(certifications: readonly Certification[]): Certification[] {
  const byPerson = new Map<string, Certification[]>()
  for (const certification of certifications) {
    const own = byPerson.get(certification.personId)
    if (own) own.push(certification)
    else byPerson.set(certification.personId, [certification])
  }
  const held: Certification[] = []
  for (const [personId, own] of byPerson) {
    const names = new Set(own.map((certification) => certification.name.trim().toLowerCase()))
    for (const name of names) held.push(findHeldCertification(own, personId, name)!)
  }
  return held
}

/**
 * One item per expiring certification, the most urgent that applies today: the 60-day warning,
 * then the 30-day one, then, from its last valid day (`expiresOn`), the expiry itself, overdue
 * the day after as `readCertificationState` calls it expired.
 * Each has its own id, so a warning marked done leaves the next one to come.
 */
export function listCertificationItems(
  input: Pick<AgendaInput, 'certifications'>,
  context: AgendaContext,
): AgendaItem[] {
  const { today } = context
  const items: AgendaItem[] = []
  for (const certification of listHeldCertifications(input.certifications)) {
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
