import type { Certification, Person, RoleRequirement } from '../../model'
import { daysBetween } from '../dates/iso-date'

export type CertificationState = 'valid' | 'soon' | 'expired' | 'no-expiry'

/** Whether a certification is valid today, expires within 60 days, or has expired. */
export function readCertificationState(
  certification: Pick<Certification, 'expiresOn'>,
  today: string,
): { state: CertificationState; text: string } {
  if (certification.expiresOn === null) return { state: 'no-expiry', text: 'Does not expire' }
  const days = daysBetween(today, certification.expiresOn)
  if (days < 0)
    return { state: 'expired', text: `Expired ${-days} ${-days === 1 ? 'day' : 'days'} ago` }
  if (days <= 60)
    return {
      state: 'soon',
      text: days === 0 ? 'Expires today' : `Expires in ${days} ${days === 1 ? 'day' : 'days'}`,
    }
  return { state: 'valid', text: 'Valid' }
}

/** The certification a person holds under `name` that expires last (case and spaces ignored). */
export function findHeldCertification<
  T extends Pick<Certification, 'personId' | 'name' | 'expiresOn'>,
>(certifications: readonly T[], personId: string, name: string): T | undefined {
  const wanted = name.trim().toLowerCase()
  const rank = (c: T) => c.expiresOn ?? '9999-12-31'
  let best: T | undefined
  for (const certification of certifications) {
    if (certification.personId !== personId) continue
    if (certification.name.trim().toLowerCase() !== wanted) continue
    if (!best || rank(certification) > rank(best)) best = certification
  }
  return best
}

export type CertificateMark = 'expired' | 'soon' | 'missing'

/**
 * Per person and skill (`personId:skillId`), where their role needs a certification for the skill
 * and theirs is missing, expired, or expires within 60 days. Valid ones are not listed.
 */
export function indexCertificateMarks(input: {
  people: readonly Pick<Person, 'id' | 'roleId' | 'status'>[]
  roleRequirements: readonly Pick<RoleRequirement, 'roleId' | 'skillId' | 'certification'>[]
  certifications: readonly Pick<Certification, 'personId' | 'name' | 'expiresOn'>[]
  today: string
}): Map<string, CertificateMark> {
  const marks = new Map<string, CertificateMark>()
  const needing = input.roleRequirements.filter((requirement) => requirement.certification)
  if (needing.length === 0) return marks
  for (const person of input.people) {
    if (person.status !== 'active' || person.roleId === null) continue
    for (const requirement of needing) {
      if (requirement.roleId !== person.roleId) continue
      const held = findHeldCertification(
        input.certifications,
        person.id,
        requirement.certification!,
      )
      const state = held ? readCertificationState(held, input.today).state : 'missing'
      if (state === 'expired' || state === 'soon' || state === 'missing') {
        marks.set(`${person.id}:${requirement.skillId}`, state)
      }
    }
  }
  return marks
}
