import type { Certification } from '../../model'
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
