import {
  exitInterviewQuestions,
  type CareerEvent,
  type ExitAnswer,
  type LeaverRecord,
  type Person,
} from '../../model'
import { jobOf, jobOn } from '../careers/history'
import { toSampleTimestamp } from './careers'
import type { SampleContext } from './context'
import { addDays, getLaterDate, moveToWorkday } from './dates'

type QuestionId = (typeof exitInterviewQuestions)[number]['id']

type LeaverSpec = {
  isVoluntary: boolean
  isRegretted: boolean
  /** One of the default leaving reasons (settings.ts). */
  reason: string
  reasonDetail: string
  exitInterview: Partial<Record<QuestionId, string>>
}

/** Why each person with a leaving date left; every sample leaver needs one. */
const leaverSpecs: Record<string, LeaverSpec> = {
  liam: {
    isVoluntary: true,
    isRegretted: true,
    reason: 'Relocation',
    reasonDetail: 'Moved to Galway with his partner, who took a job at the university hospital.',
    exitInterview: {
      why: "My partner got a job in Galway and we decided to move together. It wasn't about Kestrel at all.",
      stay: 'Honestly, nothing short of a roastery in Galway. If you ever open one, call me first.',
      growth:
        'Mostly yes. The roast profiling mentoring with Tomás was the best thing I did here. I would have liked to get into blend development sooner.',
      manager:
        'Tomás always made time to cup my roasts with me, and he told me straight when a profile was not working.',
      recommend:
        'Yes. You learn the craft properly, and people cover for each other when life happens.',
    },
  },
  declan: {
    isVoluntary: false,
    isRegretted: false,
    reason: 'Performance',
    reasonDetail:
      'A second at-fault collision with the van in six months, after a written warning about late starts on the early route.',
    exitInterview: {},
  },
  emma: {
    isVoluntary: true,
    isRegretted: true,
    reason: 'Career move elsewhere',
    reasonDetail:
      "Took a team lead job on a larger company's customer service desk in Cork. Our best advisor on complaints; she had asked about a move into accounts.",
    exitInterview: {
      why: "I was offered a team lead role on a bigger customer service desk. It's the step I had been asking about for a year.",
      stay: 'A path into accounts. When the account manager job came up it went to someone from outside, and nobody told me what I would need to be considered next time.',
      growth:
        'I learned a lot on the desk, but my training was mostly about the ERP. I wanted to learn selling and account planning.',
      manager:
        'Sinéad was fair and backed me with difficult customers. Our one-to-ones got cancelled a lot in the busy months, though.',
      recommend:
        'Yes, for a first job in customer care: good people and a product you can be proud of. Less so if you want to move up quickly.',
    },
  },
}

/** A person who left and came back: the earlier stint is a leaver record of its own. */
type RehireSpec = LeaverSpec & {
  handle: string
  /** How long before the re-hire they left, and how long that first stint lasted. */
  daysAway: number
  stintDays: number
}

const rehireSpecs: RehireSpec[] = [
  {
    handle: 'grace',
    daysAway: 150,
    stintDays: 900,
    isVoluntary: true,
    isRegretted: true,
    reason: 'Study',
    reasonDetail:
      'Started a full-time food science degree at UCC. Came back part-time on the early shift, around her lectures.',
    exitInterview: {
      why: "I got a place on the food science degree at UCC and I can't do full-time shifts and lectures.",
      stay: "Part-time hours would have done it, but there weren't any on the line. I'd come back if that changes.",
      growth: 'Yes. I did my HACCP training here, and it is partly why I picked the course.',
      manager: 'Tomás let me swap shifts around my exams in the last few months.',
      recommend: 'Yes. The early shift is hard, but the team is kind.',
    },
  },
]

function toExitInterview(answers: LeaverSpec['exitInterview']): ExitAnswer[] {
  return exitInterviewQuestions.flatMap((question) => {
    const answer = answers[question.id]
    return answer === undefined
      ? []
      : [{ questionId: question.id, question: question.text, answer }]
  })
}

export type LeaverData = { leavers: LeaverRecord[]; people: Person[] }

/**
 * A leaver record for every person who has left (the job they left replayed from the events),
 * and the earlier stint of each re-hire. Re-hired people keep their record from the first stint,
 * so its `createdAt` moves back to when the workspace first knew them.
 */
export function createLeavers(
  context: SampleContext,
  people: Person[],
  events: CareerEvent[],
): LeaverData {
  const handleOf = new Map(context.people.map((p) => [p.id, p.handle]))
  const leavers: LeaverRecord[] = []
  for (const person of people) {
    if (person.status !== 'left' || person.leftDate === null) continue
    const handle = handleOf.get(person.id) ?? person.id
    const spec = leaverSpecs[handle]
    if (!spec) throw new Error(`No leaver record is written for sample person "${handle}"`)
    const job = jobOn(person, events, person.leftDate)
    leavers.push(toRecord(`leaver-${handle}`, person, spec, person.leftDate, person.hireDate, job))
  }
  const workspaceStart = people.map((p) => p.createdAt).sort()[0] ?? context.today
  const rehired = new Map<string, string>()
  for (const spec of rehireSpecs) {
    const sample = context.people.find((p) => p.handle === spec.handle)
    const person = people.find((p) => p.id === sample?.id)
    if (!person || person.status !== 'active' || person.hireDate === null) {
      throw new Error(`Sample re-hire "${spec.handle}" is not on staff with a hire date`)
    }
    const date = moveToWorkday(addDays(person.hireDate, -spec.daysAway))
    const hireDate = moveToWorkday(addDays(date, -spec.stintDays))
    // Same job then as now; no career events fall in the first stint.
    const job = jobOf(person)
    leavers.push(toRecord(`leaver-${spec.handle}-1`, person, spec, date, hireDate, job))
    rehired.set(person.id, getLaterDate(hireDate, workspaceStart))
  }
  return {
    leavers: leavers.sort((a, b) => a.date.localeCompare(b.date)),
    people: people.map((person) => {
      const createdAt = rehired.get(person.id)
      return createdAt === undefined ? person : { ...person, createdAt }
    }),
  }
}

function toRecord(
  id: string,
  person: Person,
  spec: LeaverSpec,
  date: string,
  hireDate: string | null,
  job: { roleId: string | null; teamId: string | null; managerId: string | null },
): LeaverRecord {
  return {
    id,
    personId: person.id,
    date,
    hireDate,
    isVoluntary: spec.isVoluntary,
    isRegretted: spec.isRegretted,
    reason: spec.reason,
    reasonDetail: spec.reasonDetail,
    exitInterview: toExitInterview(spec.exitInterview),
    roleId: job.roleId,
    teamId: job.teamId,
    managerId: job.managerId,
    createdAt: toSampleTimestamp(date, 16),
  }
}
