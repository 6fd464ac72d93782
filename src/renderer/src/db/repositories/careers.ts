import {
  countMentees,
  diffJobs,
  findCareerEventProblem,
  findCareerPathProblem,
  findCertificationProblem,
  findLeaverProblem,
  jobOf,
  type Job,
} from '../../../../shared/domain/careers'
import {
  CareerEvent,
  CareerPath,
  Certification,
  DevelopmentPlan,
  LeaverRecord,
  Material,
  PlanItem,
  WorkspaceSettings,
  type Person,
} from '../../../../shared/model'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import { toPlanPeriod } from '../../../../shared/domain/training/periods'
import type { WorkspaceDb } from '../workspace-db'
import { savePerson } from './people'
import { parseOrThrow } from './parse-or-throw'

async function readPerson(db: WorkspaceDb, personId: string): Promise<Person> {
  const person = await db.people.get(personId)
  if (!person) throw new Error('That person no longer exists.')
  return person
}

export type LeaverDraft = Pick<
  LeaverRecord,
  'date' | 'isVoluntary' | 'isRegretted' | 'reason' | 'reasonDetail' | 'exitInterview'
>

/**
 * Marks a person as left: the leaver record (with the job and stint they end) and the person's
 * status, in one transaction. Refused, with nothing saved, when the date is before the hire.
 */
export async function markAsLeft(
  db: WorkspaceDb,
  personId: string,
  draft: LeaverDraft,
  now: Date,
): Promise<LeaverRecord> {
  return db.transaction('rw', db.people, db.leavers, async () => {
    const person = await readPerson(db, personId)
    const problem = findLeaverProblem(person, draft)
    if (problem) throw new Error(problem.message)
    const record = parseOrThrow(
      LeaverRecord.safeParse({
        ...draft,
        exitInterview: draft.exitInterview.filter((answer) => answer.answer.trim() !== ''),
        id: crypto.randomUUID(),
        personId,
        hireDate: person.hireDate,
        roleId: person.roleId,
        teamId: person.teamId,
        managerId: person.managerId,
        createdAt: now.toISOString(),
      }),
    )
    await db.leavers.add(record)
    await db.people.put({ ...person, status: 'left', leftDate: record.date })
    return record
  })
}

/**
 * Takes a former employee back: active again from `hireDate`, with the earlier stint kept in its
 * leaver record (the re-hire date must come after they left).
 */
export async function rehirePerson(db: WorkspaceDb, personId: string, hireDate: string) {
  await db.transaction('rw', db.people, db.leavers, async () => {
    const person = await readPerson(db, personId)
    if (person.status !== 'left') throw new Error(`${person.displayName} has not left.`)
    if (person.leftDate !== null && hireDate <= person.leftDate) {
      throw new Error('The re-hire date must be after the day they left.')
    }
    const hasRecord = (await db.leavers.where('personId').equals(personId).count()) > 0
    if (!hasRecord) {
      // Left before leaver records were kept: write one so the first stint stays in history.
      await db.leavers.add({
        id: crypto.randomUUID(),
        personId,
        date: person.leftDate ?? hireDate,
        hireDate: person.hireDate,
        isVoluntary: true,
        isRegretted: false,
        reason: '',
        reasonDetail: 'Recorded before leaver details were kept.',
        exitInterview: [],
        roleId: person.roleId,
        teamId: person.teamId,
        managerId: person.managerId,
        createdAt: new Date().toISOString(),
      })
    }
    await db.people.put({ ...person, status: 'active', leftDate: null, hireDate })
  })
}

export interface CareerChangeDraft {
  date: string
  isPromotion: boolean
  job: Job
  note: string
}

/**
 * Records a dated change of role, title, team or manager and applies it to the person. A change
 * dated before later recorded ones goes into history only where it fits: it must not be older
 * than the person's latest event, so replaying history stays true.
 */
export async function recordCareerChange(
  db: WorkspaceDb,
  personId: string,
  draft: CareerChangeDraft,
  now: Date,
): Promise<CareerEvent> {
  return db.transaction('rw', [db.people, db.careerEvents, db.roleProfiles], async () => {
    const person = await readPerson(db, personId)
    const roles = await db.roleProfiles.toArray()
    const before = jobOf(person)
    const problem = findCareerEventProblem({ ...draft, person, before, after: draft.job, roles })
    if (problem) throw new Error(problem.message)
    if (draft.date > toLocalIsoDate(now)) {
      throw new Error('Record a change once it has happened: the date is in the future.')
    }
    const latest = (await db.careerEvents.where('personId').equals(personId).sortBy('date')).at(-1)
    if (latest && draft.date < latest.date) {
      throw new Error(
        `A later change is recorded already (${latest.date}); date this one on or after it.`,
      )
    }
    const event = parseOrThrow(
      CareerEvent.safeParse({
        id: crypto.randomUUID(),
        personId,
        date: draft.date,
        changes: diffJobs(before, draft.job),
        isPromotion: draft.isPromotion,
        source: 'manual',
        note: draft.note,
        createdAt: now.toISOString(),
      }),
    )
    await db.careerEvents.add(event)
    await db.people.put({ ...person, ...draft.job })
    return event
  })
}

/** Saves a career path after the loop check against every other path. */
export async function saveCareerPath(db: WorkspaceDb, path: CareerPath): Promise<CareerPath> {
  return db.transaction('rw', db.careerPaths, db.roleProfiles, async () => {
    const valid = parseOrThrow(CareerPath.safeParse(path))
    const [others, roles] = await Promise.all([db.careerPaths.toArray(), db.roleProfiles.toArray()])
    const problem = findCareerPathProblem(valid, others, roles)
    if (problem) throw new Error(problem.message)
    await db.careerPaths.put(valid)
    return valid
  })
}

/** A file picked as a certification's evidence, copied into the workspace with it. */
export interface EvidenceFile {
  fileName: string
  size: number
  data: string
}

/**
 * Saves a certification; with `file`, the file is stored as its evidence (replacing an earlier
 * evidence file) in the same transaction.
 */
export async function saveCertification(
  db: WorkspaceDb,
  certification: Certification,
  file?: EvidenceFile,
): Promise<Certification> {
  const problem = findCertificationProblem(certification)
  if (problem) throw new Error(problem.message)
  return db.transaction('rw', db.certifications, db.materials, async () => {
    const before = await db.certifications.get(certification.id)
    let next = certification
    if (file) {
      const material = parseOrThrow(
        Material.safeParse({
          id: crypto.randomUUID(),
          ownerId: certification.id,
          kind: 'file',
          title: file.fileName,
          fileName: file.fileName,
          size: file.size,
          data: file.data,
          addedAt: new Date().toISOString(),
        }),
      )
      await db.materials.add(material)
      next = {
        ...certification,
        evidence: { kind: 'file', materialId: material.id, fileName: file.fileName },
      }
    }
    const valid = parseOrThrow(Certification.safeParse(next))
    const oldFile = before?.evidence.kind === 'file' ? before.evidence.materialId : null
    if (oldFile && (valid.evidence.kind !== 'file' || valid.evidence.materialId !== oldFile)) {
      await db.materials.delete(oldFile)
    }
    await db.certifications.put(valid)
    return valid
  })
}

/** Deletes a certification and the evidence file stored with it. */
export async function deleteCertification(db: WorkspaceDb, id: string): Promise<void> {
  await db.transaction('rw', db.certifications, db.materials, async () => {
    const certification = await db.certifications.get(id)
    if (certification?.evidence.kind === 'file') {
      await db.materials.delete(certification.evidence.materialId)
    }
    await db.certifications.delete(id)
  })
}

export async function setRoleCritical(db: WorkspaceDb, roleId: string, isCritical: boolean) {
  const changed = await db.roleProfiles.update(roleId, { isCritical })
  if (changed === 0) throw new Error('That role no longer exists.')
}

/**
 * Saves an edited person; a changed role, title, team or manager is recorded as a career event
 * dated today, in the same transaction.
 */
export async function savePersonWithHistory(
  db: WorkspaceDb,
  person: Person,
  now: Date,
): Promise<Person> {
  return db.transaction('rw', db.people, db.careerEvents, async () => {
    const before = await db.people.get(person.id)
    const saved = await savePerson(db, person)
    const changes = before ? diffJobs(jobOf(before), jobOf(saved)) : []
    if (changes.length > 0) {
      await db.careerEvents.add({
        id: crypto.randomUUID(),
        personId: person.id,
        date: toLocalIsoDate(now),
        changes,
        isPromotion: false,
        source: 'manual',
        sourceName: '',
        importRunId: null,
        note: '',
        createdAt: now.toISOString(),
      })
    }
    return saved
  })
}

/**
 * Adds a mentoring pair as an item of the person's plan for the current period (the plan is
 * created when there is none), naming the mentor and the skill.
 */
export async function addMentoringPair(
  db: WorkspaceDb,
  input: { personId: string; mentorId: string; skillId: string; today: string },
): Promise<PlanItem> {
  const tables = [db.people, db.skills, db.plans, db.planItems, db.settings]
  return db.transaction('rw', tables, async () => {
    const [mentor, skill, limit] = await Promise.all([
      db.people.get(input.mentorId),
      db.skills.get(input.skillId),
      db.settings.get('mentorMaxMentees'),
    ])
    if (!mentor || mentor.status !== 'active') throw new Error('That mentor is no longer here.')
    if (mentor.id === input.personId) throw new Error('Someone cannot mentor themselves.')
    if (!skill) throw new Error('That skill no longer exists.')
    const maxMentees = WorkspaceSettings.shape.mentorMaxMentees.parse(limit?.value)
    const mentoring = countMentees(
      await db.planItems.filter((item) => item.mentorId === mentor.id).toArray(),
    ).get(mentor.id)
    if ((mentoring ?? 0) >= maxMentees) {
      throw new Error(
        `${mentor.displayName} already mentors ${mentoring} ${mentoring === 1 ? 'person' : 'people'}, the most Settings → Mentoring allows.`,
      )
    }
    const period = toPlanPeriod(input.today)
    const plans = await db.plans.where('personId').equals(input.personId).toArray()
    let plan = plans.find((p) => p.period === period) ?? plans.find((p) => p.status === 'active')
    if (!plan) {
      plan = DevelopmentPlan.parse({
        id: crypto.randomUUID(),
        personId: input.personId,
        period,
        focusSkillIds: [skill.id],
        createdAt: input.today,
      })
      await db.plans.add(plan)
    }
    const open = await db.planItems
      .where('planId')
      .equals(plan.id)
      .filter((item) => item.mentorId === mentor.id && item.skillIds.includes(skill.id))
      .first()
    if (open) throw new Error(`${mentor.displayName} already mentors them on ${skill.name}.`)
    const item = PlanItem.parse({
      id: crypto.randomUUID(),
      planId: plan.id,
      personId: input.personId,
      kind: 'activity',
      title: `Mentoring with ${mentor.displayName} on ${skill.name}`,
      status: 'planned',
      startDate: input.today,
      skillIds: [skill.id],
      mentorId: mentor.id,
    })
    await db.planItems.add(item)
    return item
  })
}
