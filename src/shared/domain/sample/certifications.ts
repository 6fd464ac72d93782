import type { Certification, RoleRequirement } from '../../model'
import { toSkillId } from './catalogue'
import { findPerson, type SampleContext } from './context'
import { addDays, addMonths } from './dates'
import { toRoleId } from './roles'
import type { RoleKey } from './types'

export const foodHygiene = 'Food hygiene Level 2'

/** Requirements that need a valid certificate as well as the level: [role, skill, certificate]. */
const certifiedRequirements: [RoleKey, string, string][] = [
  ['barista-trainer', 'haccp', foodHygiene],
]

/** The café trainers work in customers' kitchens: their food safety needs the certificate. */
export function requireCertifications(requirements: RoleRequirement[]): RoleRequirement[] {
  return requirements.map((requirement) => {
    const match = certifiedRequirements.find(
      ([role, skill]) =>
        toRoleId(role) === requirement.roleId && toSkillId(skill) === requirement.skillId,
    )
    return match ? { ...requirement, certification: match[2] } : requirement
  })
}

type CertificationSpec = {
  handle: string
  name: string
  issuer: string
  /**
   * When it expires, in days from today (negative: expired), and how many months it is valid;
   * `null` for a certificate that does not expire, issued `issuedDaysAgo` days ago.
   */
  expires: { inDays: number; validMonths: number } | { issuedDaysAgo: number }
  /** The evidence link's last part; null when nothing was kept. */
  evidence: string | null
}

const issuers = {
  foodSafety: 'Safe Food Training Ireland',
  firstAid: 'Munster First Aid Training',
  forklift: 'Liffey Materials Handling Training',
  sca: 'Specialty Coffee Association',
  cqi: 'Coffee Quality Institute',
  roaster: 'Roaster manufacturer (service partner)',
  rsa: 'Road Safety Authority',
}

/**
 * Certificates across the company: the food hygiene the café role requires (one lapsed, one
 * running out), first aid, forklift, the driver CPC, roaster safety and the SCA's coffee ones.
 */
const certificationSpecs: CertificationSpec[] = [
  {
    handle: 'hana',
    name: foodHygiene,
    issuer: issuers.foodSafety,
    expires: { inDays: 640, validMonths: 36 },
    evidence: 'food-hygiene/hana-tesfaye',
  },
  {
    handle: 'kenji',
    name: foodHygiene,
    issuer: issuers.foodSafety,
    expires: { inDays: -34, validMonths: 36 },
    evidence: 'food-hygiene/kenji-watanabe',
  },
  {
    handle: 'roisin',
    name: foodHygiene,
    issuer: issuers.foodSafety,
    expires: { inDays: 770, validMonths: 36 },
    evidence: 'food-hygiene/roisin-mccarthy',
  },
  {
    handle: 'lena',
    name: foodHygiene,
    issuer: issuers.foodSafety,
    expires: { inDays: 47, validMonths: 36 },
    evidence: null,
  },
  {
    handle: 'grace',
    name: foodHygiene,
    issuer: issuers.foodSafety,
    expires: { inDays: 850, validMonths: 36 },
    evidence: 'food-hygiene/grace-okafor',
  },
  {
    handle: 'mohammed',
    name: 'Occupational first aid (QQI Level 5)',
    issuer: issuers.firstAid,
    expires: { inDays: -118, validMonths: 24 },
    evidence: null,
  },
  {
    handle: 'marta',
    name: 'Occupational first aid (QQI Level 5)',
    issuer: issuers.firstAid,
    expires: { inDays: 19, validMonths: 24 },
    evidence: 'first-aid/marta-kowalczyk',
  },
  {
    handle: 'darragh',
    name: 'Forklift operator: counterbalance and reach truck',
    issuer: issuers.forklift,
    expires: { inDays: 560, validMonths: 36 },
    evidence: 'forklift/darragh-byrne',
  },
  {
    handle: 'andrei',
    name: 'Forklift operator: counterbalance',
    issuer: issuers.forklift,
    expires: { inDays: 26, validMonths: 36 },
    evidence: 'forklift/andrei-popescu',
  },
  {
    handle: 'patrick',
    name: 'Driver CPC (Certificate of Professional Competence)',
    issuer: issuers.rsa,
    expires: { inDays: 310, validMonths: 60 },
    evidence: null,
  },
  {
    handle: 'tomas',
    name: 'Gas burner and afterburner safety',
    issuer: issuers.roaster,
    expires: { inDays: 150, validMonths: 12 },
    evidence: 'roaster-safety/tomas-ferreira',
  },
  {
    handle: 'hana',
    name: 'SCA Barista Skills Professional',
    issuer: issuers.sca,
    expires: { issuedDaysAgo: 410 },
    evidence: 'sca/hana-tesfaye-barista-professional',
  },
  {
    handle: 'dawit',
    name: 'SCA Roasting Intermediate',
    issuer: issuers.sca,
    expires: { issuedDaysAgo: 980 },
    evidence: 'sca/dawit-bekele-roasting-intermediate',
  },
  {
    handle: 'aoife',
    name: 'Q Arabica Grader',
    issuer: issuers.cqi,
    expires: { inDays: 395, validMonths: 36 },
    evidence: 'cqi/aoife-brennan-q-grader',
  },
]

export function createCertifications(context: SampleContext): Certification[] {
  return certificationSpecs.map((spec, index): Certification => {
    const person = findPerson(context, spec.handle)
    // Some were issued before the person joined us (Kenji's, Mohammed's): they are kept as issued.
    const expiresOn = 'inDays' in spec.expires ? addDays(context.today, spec.expires.inDays) : null
    const issuedOn =
      'inDays' in spec.expires
        ? addMonths(addDays(context.today, spec.expires.inDays), -spec.expires.validMonths)
        : addDays(context.today, -spec.expires.issuedDaysAgo)
    return {
      id: `cert-${String(index + 1).padStart(2, '0')}-${spec.handle}`,
      personId: person.id,
      name: spec.name,
      issuer: spec.issuer,
      issuedOn,
      expiresOn,
      evidence:
        spec.evidence === null
          ? { kind: 'none' }
          : { kind: 'link', url: `https://example.org/certificates/${spec.evidence}.pdf` },
    }
  })
}
