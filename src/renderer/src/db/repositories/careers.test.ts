import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { jobOf } from '../../../../shared/domain/careers'
import { generateSampleCompany } from '../../../../shared/domain/sample/generate'
import { openWorkspaceDb } from '../workspace-db'
import {
  addMentoringPair,
  markAsLeft,
  recordCareerChange,
  rehirePerson,
  saveCareerPath,
  saveCertification,
  savePersonWithHistory,
} from './careers'
import { replaceWorkspaceData } from './snapshot'

let counter = 0
const now = new Date('2026-12-07T10:00:00Z')
async function openSample() {
  const db = openWorkspaceDb(`careers-test-${counter++}`)
  await replaceWorkspaceData(db, generateSampleCompany({ today: '2026-12-07' }))
  const person = (await db.people
    .filter((p) => p.status === 'active' && p.hireDate !== null)
    .first())!
  return { db, person }
}

const leaving = {
  date: '2026-11-30',
  isVoluntary: true,
  isRegretted: true,
  reason: 'Relocation',
  reasonDetail: 'Moving to Lisbon',
  exitInterview: [
    { questionId: 'why', question: 'What made you decide to leave?', answer: 'Family move.' },
    { questionId: 'stay', question: 'What could we have done to keep you?', answer: '  ' },
  ],
}

describe('careers repository', () => {
  it('marks a person as left with the job they end, and takes them back keeping the stint', async () => {
    const { db, person } = await openSample()
    const record = await markAsLeft(db, person.id, leaving, now)
    expect(await db.leavers.get(record.id)).toMatchObject({
      personId: person.id,
      date: '2026-11-30',
      hireDate: person.hireDate,
      roleId: person.roleId,
      teamId: person.teamId,
      isRegretted: true,
      exitInterview: [{ questionId: 'why', answer: 'Family move.' }],
    })
    expect(await db.people.get(person.id)).toMatchObject({ status: 'left', leftDate: '2026-11-30' })
    await expect(markAsLeft(db, person.id, leaving, now)).rejects.toThrow(
      /already recorded as left/,
    )

    await expect(rehirePerson(db, person.id, '2026-11-01')).rejects.toThrow(
      /after the day they left/,
    )
    await rehirePerson(db, person.id, '2026-12-05')
    expect(await db.people.get(person.id)).toMatchObject({
      status: 'active',
      leftDate: null,
      hireDate: '2026-12-05',
    })
    expect(await db.leavers.where('personId').equals(person.id).count()).toBe(1)
    db.close()
  })

  it('refuses a leaving date before the hire date and saves nothing', async () => {
    const { db, person } = await openSample()
    const before = await db.leavers.count()
    await expect(
      markAsLeft(db, person.id, { ...leaving, date: '1999-01-01' }, now),
    ).rejects.toThrow(/is before .* was hired/)
    expect(await db.leavers.count()).toBe(before)
    expect((await db.people.get(person.id))?.status).toBe('active')
    db.close()
  })

  it('records a promotion and applies it; refuses a promotion into the same role', async () => {
    const { db, person } = await openSample()
    const other = (await db.roleProfiles.filter((role) => role.id !== person.roleId).first())!
    const events = await db.careerEvents.count()
    const same = { date: '2026-12-01', isPromotion: true, job: jobOf(person), note: '' }
    await expect(recordCareerChange(db, person.id, same, now)).rejects.toThrow(/already/)
    expect(await db.careerEvents.count()).toBe(events)

    const job = { ...jobOf(person), roleId: other.id, title: other.name }
    const event = await recordCareerChange(db, person.id, { ...same, job }, now)
    expect(event.changes).toContainEqual({ field: 'roleId', from: person.roleId, to: other.id })
    expect(await db.people.get(person.id)).toMatchObject({ roleId: other.id, title: other.name })
    await expect(
      recordCareerChange(db, person.id, { ...same, date: '2027-01-01', job: jobOf(person) }, now),
    ).rejects.toThrow(/future/)
    db.close()
  })

  it('records an edit of the job as a change dated today', async () => {
    const { db, person } = await openSample()
    await savePersonWithHistory(db, { ...person, title: 'Head of Everything' }, now)
    const events = await db.careerEvents.where('personId').equals(person.id).toArray()
    expect(events.at(-1)).toMatchObject({
      date: '2026-12-07',
      changes: [{ field: 'title', from: person.title || null, to: 'Head of Everything' }],
    })
    const count = await db.careerEvents.count()
    await savePersonWithHistory(db, { ...person, title: 'Head of Everything', email: 'x@y.z' }, now)
    expect(await db.careerEvents.count()).toBe(count)
    db.close()
  })

  it('refuses a looping path and an upside-down certification', async () => {
    const { db, person } = await openSample()
    const roles = await db.roleProfiles.limit(2).toArray()
    const ids = roles.map((role) => role.id)
    await saveCareerPath(db, { id: 'up', name: 'Up', description: '', roleIds: ids })
    await expect(
      saveCareerPath(db, {
        id: 'down',
        name: 'Down',
        description: '',
        roleIds: [...ids].reverse(),
      }),
    ).rejects.toThrow(/loop/)
    expect(await db.careerPaths.get('down')).toBeUndefined()
    await expect(
      saveCertification(db, {
        id: 'c',
        personId: person.id,
        name: 'First aid',
        issuer: '',
        issuedOn: '2026-05-01',
        expiresOn: '2026-01-01',
        evidence: { kind: 'none' },
      }),
    ).rejects.toThrow(/before it was issued/)
    expect(await db.certifications.get('c')).toBeUndefined()
    db.close()
  })
})

describe('mentoring pairs', () => {
  it('adds a pair as a plan item, and refuses a mentor at the limit, a repeat or oneself', async () => {
    const { db } = await openSample()
    const [mentee, mentor, other] = await db.people
      .filter((p) => p.status === 'active')
      .limit(3)
      .toArray()
    const mentoring = () => db.planItems.filter((item) => item.mentorId === mentor!.id).toArray()
    const before = (await mentoring()).length
    await db.settings.put({ key: 'mentorMaxMentees', value: before + 1 })
    const skillId = 'skill-cupping'
    const item = await addMentoringPair(db, {
      personId: mentee!.id,
      mentorId: mentor!.id,
      skillId,
      today: '2026-12-07',
    })
    expect(await db.planItems.get(item.id)).toMatchObject({
      personId: mentee!.id,
      mentorId: mentor!.id,
      skillIds: [skillId],
      status: 'planned',
      kind: 'activity',
    })
    expect(item.title).toMatch(new RegExp(`^Mentoring with ${mentor!.displayName} on `))
    const plan = await db.plans.get(item.planId)
    expect(plan?.personId).toBe(mentee!.id)

    // The mentor is now at the limit: nobody else gets them, and nothing more is written.
    const items = await db.planItems.count()
    await expect(
      addMentoringPair(db, {
        personId: other!.id,
        mentorId: mentor!.id,
        skillId,
        today: '2026-12-07',
      }),
    ).rejects.toThrow(/the most Settings → Mentoring allows/)
    await db.settings.put({ key: 'mentorMaxMentees', value: 10 })
    await expect(
      addMentoringPair(db, {
        personId: mentee!.id,
        mentorId: mentor!.id,
        skillId,
        today: '2026-12-07',
      }),
    ).rejects.toThrow(/already mentors them/)
    await expect(
      addMentoringPair(db, {
        personId: mentee!.id,
        mentorId: mentee!.id,
        skillId,
        today: '2026-12-07',
      }),
    ).rejects.toThrow(/cannot mentor themselves/)
    expect(await db.planItems.count()).toBe(items)
    db.close()
  })
})

describe('certification evidence', () => {
  it('stores a picked file with the certification, and a replaced file goes', async () => {
    const { db, person } = await openSample()
    const certification = {
      id: 'cert-1',
      personId: person.id,
      name: 'First aid',
      issuer: 'Red Cross',
      issuedOn: '2026-01-10',
      expiresOn: '2028-01-10',
      evidence: { kind: 'none' as const },
    }
    const first = await saveCertification(db, certification, {
      fileName: 'first-aid.pdf',
      size: 3,
      data: 'YWJj',
    })
    expect(first.evidence).toMatchObject({ kind: 'file', fileName: 'first-aid.pdf' })
    const stored = await db.materials.where('ownerId').equals('cert-1').toArray()
    expect(stored).toMatchObject([{ kind: 'file', fileName: 'first-aid.pdf', data: 'YWJj' }])

    await saveCertification(db, {
      ...first,
      evidence: { kind: 'link', url: 'https://x.example/c' },
    })
    expect(await db.materials.where('ownerId').equals('cert-1').count()).toBe(0)
    db.close()
  })
})
