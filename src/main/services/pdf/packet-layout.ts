import type { Content } from 'pdfmake/interfaces'
import type { PacketSkill, ReviewPacket } from '../../../shared/domain/reviews/packet'
import { pageWidth, type Blocks } from './blocks'

const none = (value: string) => (value.trim() === '' ? '-' : value)
const level = (value: number | null) => (value === null ? '-' : String(value))

/** One person's packet as pdfmake content; starts on a fresh page when `isFirst` is false. */
export function layoutPacket(packet: ReviewPacket, blocks: Blocks, isFirst = true): Content[] {
  return [
    layoutCover(packet, blocks, isFirst),
    { text: '', pageBreak: 'after' },
    blocks.heading('Profile'),
    layoutProfile(packet, blocks),
    blocks.heading('Skills against the role'),
    ...layoutSkills(packet, blocks),
    blocks.heading('Gaps'),
    ...layoutGaps(packet.gaps, blocks),
    blocks.heading('Development plan and progress'),
    ...layoutPlan(packet, blocks),
    blocks.heading('Goals and KPIs'),
    ...layoutGoals(packet, blocks),
    blocks.heading('Training results'),
    ...layoutTraining(packet, blocks),
    blocks.heading('Check-in highlights'),
    ...layoutCheckins(packet, blocks),
    blocks.heading('Feedback summary'),
    ...layoutFeedback(packet, blocks),
    blocks.heading('Peer feedback'),
    ...layoutPeerFeedback(packet, blocks),
    blocks.heading('Review ratings and comments'),
    ...layoutReview(packet, blocks),
  ]
}

function layoutCover(packet: ReviewPacket, blocks: Blocks, isFirst: boolean): Content {
  return {
    stack: [
      { text: 'Review packet', style: 'subtitle', margin: [0, 160, 0, 8] },
      blocks.text(packet.person.name, 'title'),
      blocks.text(
        [packet.person.title, packet.person.team].filter(Boolean).join(' · '),
        'subtitle',
      ),
      blocks.text(
        `${packet.period.label} (${packet.period.start} to ${packet.period.end})`,
        'subtitle',
      ),
      blocks.muted(`Prepared ${packet.generatedOn} from ${packet.workspaceName}`),
      blocks.muted(
        packet.includesPrivateNotes
          ? 'This packet includes the manager’s private notes.'
          : 'Private notes are not included.',
      ),
    ],
    // A later packet of a combined PDF starts on a page of its own.
    ...(isFirst ? {} : { pageBreak: 'before' as const }),
  }
}

function layoutProfile(packet: ReviewPacket, blocks: Blocks): Content {
  const { person } = packet
  const rows: Array<[string, string]> = [
    ['Name', person.name],
    ['Title', person.title],
    ['Team', person.team],
    ['Role profile', person.role],
    ['Manager', person.manager],
    ['Location', person.location],
    ['Work arrangement', person.workArrangement],
    ['Started', person.hireDate],
  ]
  return {
    table: {
      widths: [120, '*'],
      body: rows.map(([label, value]) => [
        { text: label, style: 'label' },
        blocks.text(none(value)),
      ]),
    },
    layout: 'noBorders',
  }
}

function scaleLine(packet: ReviewPacket): string {
  return packet.scale.map((step) => `${step.level} ${step.label}`).join(' · ')
}

function layoutSkills(packet: ReviewPacket, blocks: Blocks): Content[] {
  if (packet.skills.length === 0) return [blocks.muted('No skills are recorded for this role.')]
  const chart: Content[] = packet.skillsChart
    ? [
        {
          image: packet.skillsChart,
          fit: [pageWidth, 260],
          alignment: 'center',
          margin: [0, 0, 0, 6],
        },
      ]
    : []
  return [
    ...chart,
    blocks.muted(`Scale: ${scaleLine(packet)}`),
    blocks.table(
      ['Skill', 'Category', 'Current', 'Required', 'Self', 'Gap'],
      packet.skills.map((skill) => [
        skill.isCritical ? `${skill.name} (critical)` : skill.name,
        skill.category,
        level(skill.current),
        level(skill.required),
        level(skill.self),
        skill.gap > 0 ? String(skill.gap) : '-',
      ]),
      ['*', 90, 45, 50, 35, 30],
    ),
  ]
}

function layoutGaps(gaps: PacketSkill[], blocks: Blocks): Content[] {
  if (gaps.length === 0) return [blocks.text('No skill is below the level the role requires.')]
  return [
    blocks.table(
      ['Skill', 'Current', 'Required', 'Gap'],
      gaps.map((gap) => [
        gap.isCritical ? `${gap.name} (critical)` : gap.name,
        level(gap.current),
        level(gap.required),
        String(gap.gap),
      ]),
      ['*', 60, 60, 40],
    ),
  ]
}

function layoutPlan(packet: ReviewPacket, blocks: Blocks): Content[] {
  const { plan } = packet
  if (!plan) return [blocks.muted('No development plan covers this period.')]
  const share = plan.total === 0 ? 0 : plan.done / plan.total
  return [
    {
      columns: [
        blocks.text(
          `Plan ${plan.period} (${plan.status}): ${plan.done} of ${plan.total} items completed or applied`,
        ),
        { ...(blocks.bar(share) as object), width: 130 } as Content,
      ],
      margin: [0, 0, 0, 4],
    },
    blocks.table(
      ['Item', 'Status', 'Due', 'Hours', 'Skills'],
      plan.items.map((item) => [
        item.title,
        item.status,
        none(item.due),
        String(item.hours),
        none(item.skills),
      ]),
      ['*', 60, 60, 35, 110],
    ),
  ]
}

function layoutGoals(packet: ReviewPacket, blocks: Blocks): Content[] {
  const out: Content[] = []
  if (packet.goalsChart) {
    out.push({
      image: packet.goalsChart,
      fit: [pageWidth, 220],
      alignment: 'center',
      margin: [0, 0, 0, 6],
    })
  }
  if (packet.goals.length === 0) out.push(blocks.muted('No goals for this period.'))
  for (const goal of packet.goals) {
    const progress = goal.progress === null ? 'no measure' : `${Math.round(goal.progress * 100)}%`
    out.push({
      unbreakable: goal.keyResults.length < 6,
      stack: [
        {
          columns: [
            blocks.text(goal.title, 'h2'),
            {
              ...(blocks.bar(goal.progress ?? 0, 100) as object),
              width: 105,
              margin: [0, 10, 0, 0],
            } as Content,
          ],
        },
        blocks.muted(`${goal.period} · ${goal.status} · ${progress} · ${goal.confidence}`),
        ...(goal.keyResults.length > 0
          ? [
              blocks.table(
                ['Key result', 'Baseline', 'Target', 'Current'],
                goal.keyResults.map((kr) => [
                  kr.title,
                  `${kr.baseline} ${kr.unit}`.trim(),
                  `${kr.target} ${kr.unit}`.trim(),
                  `${kr.current} ${kr.unit}`.trim(),
                ]),
                ['*', 60, 60, 60],
              ),
            ]
          : []),
        ...(goal.lastNote ? [blocks.text(`Latest update: ${goal.lastNote}`)] : []),
      ],
    })
  }
  out.push(blocks.subheading('KPIs'))
  if (packet.kpis.length === 0) out.push(blocks.muted('No KPI is tracked for this person.'))
  else {
    out.push(
      blocks.table(
        ['KPI', 'Start of period', 'Latest', 'Better when', 'Readings'],
        packet.kpis.map((kpi) => [
          kpi.name,
          kpi.first === null ? '-' : `${kpi.first} ${kpi.unit}`.trim(),
          kpi.last === null ? '-' : `${kpi.last} ${kpi.unit}`.trim(),
          kpi.direction,
          String(kpi.points),
        ]),
        ['*', 75, 75, 70, 45],
      ),
    )
  }
  return out
}

function layoutTraining(packet: ReviewPacket, blocks: Blocks): Content[] {
  if (packet.training.length === 0) return [blocks.muted('No training in this period.')]
  return [
    blocks.muted(
      'Four levels: reaction, learning, behaviour on the job, results on the KPI. Completion alone is not success.',
    ),
    ...packet.training.map((item): Content => ({
      unbreakable: true,
      stack: [
        blocks.text(item.title, 'h2'),
        blocks.muted(`${item.format} · ${item.status} · ${item.dates}`),
        blocks.table(
          ['Reaction', 'Learning', 'Behaviour', 'Results'],
          [[none(item.reaction), none(item.learning), none(item.behaviour), none(item.results)]],
        ),
      ],
    })),
  ]
}

function layoutCheckins(packet: ReviewPacket, blocks: Blocks): Content[] {
  if (packet.checkins.length === 0) return [blocks.muted('No check-ins in this period.')]
  return packet.checkins.map((checkin): Content => ({
    stack: [
      blocks.subheading(`Check-in ${checkin.date}`),
      ...(checkin.highlights ? [blocks.text(checkin.highlights)] : []),
      ...checkin.answers.map((answer): Content => ({
        stack: [blocks.text(answer.prompt, 'label'), blocks.text(none(answer.text))],
        margin: [8, 3, 0, 0],
      })),
      ...(checkin.privateNotes
        ? [
            {
              stack: [blocks.text('Private notes', 'label'), blocks.text(checkin.privateNotes)],
              margin: [8, 3, 0, 0],
            } as Content,
          ]
        : []),
    ],
  }))
}

function layoutFeedback(packet: ReviewPacket, blocks: Blocks): Content[] {
  const { feedback } = packet
  const out: Content[] = [
    blocks.text(
      `${feedback.praise} praise, ${feedback.constructive} constructive and ${feedback.observation} observation entries in the period.`,
    ),
  ]
  if (feedback.entries.length > 0) {
    out.push(
      blocks.table(
        ['Date', 'Kind', 'From', 'Observation'],
        feedback.entries.map((entry) => [entry.date, entry.kind, entry.source, entry.text]),
        [60, 65, 55, '*'],
      ),
    )
  }
  return out
}

function layoutPeerFeedback(packet: ReviewPacket, blocks: Blocks): Content[] {
  const peer = packet.peerFeedback
  if (!peer || peer.raterCount === 0)
    return [blocks.muted('No colleague answered a peer feedback request in the period.')]
  const out: Content[] = [
    blocks.text(
      `${peer.raterCount === 1 ? '1 colleague' : `${peer.raterCount} colleagues`} answered a peer feedback request in the period.`,
    ),
  ]
  if (peer.heldBack) out.push(blocks.muted(peer.heldBack))
  if (peer.ratings.length > 0) {
    out.push(
      blocks.table(
        ['Statement (1 strongly disagree to 5 strongly agree)', 'Average', 'Answers'],
        peer.ratings.map((r) => [r.prompt, r.average.toFixed(1), String(r.count)]),
        ['*', 50, 50],
      ),
    )
  }
  // Anonymised answers carry no date (it could name the rater): then the column goes.
  const isDated = peer.entries.some((entry) => entry.date !== '')
  if (peer.entries.length > 0) {
    out.push(
      isDated
        ? blocks.table(
            ['Date', 'From', 'What they saw'],
            peer.entries.map((entry) => [none(entry.date), entry.author, entry.text]),
            [60, 90, '*'],
          )
        : blocks.table(
            ['From', 'What they saw'],
            peer.entries.map((entry) => [entry.author, entry.text]),
            [90, '*'],
          ),
    )
  }
  return out
}

function layoutReview(packet: ReviewPacket, blocks: Blocks): Content[] {
  const { review } = packet
  if (!review) return [blocks.muted('No review was written for this period.')]
  const ratingRows = (ratings: typeof review.skillRatings) =>
    ratings.map((rating) => [rating.name, level(rating.rating), rating.label])
  return [
    blocks.text(`Rater: ${none(review.rater)} · State: ${review.state}`),
    blocks.text(
      `Overall rating: ${none(review.overall)} · Potential: ${none(review.potential)}`,
      'label',
    ),
    ...(review.skillRatings.length > 0
      ? [
          blocks.subheading('Skills'),
          blocks.table(['Skill', 'Rating', 'Meaning'], ratingRows(review.skillRatings), [
            '*',
            45,
            120,
          ]),
        ]
      : []),
    ...(review.goalRatings.length > 0
      ? [
          blocks.subheading('Goals'),
          blocks.table(['Goal', 'Rating', 'Meaning'], ratingRows(review.goalRatings), [
            '*',
            45,
            120,
          ]),
        ]
      : []),
    blocks.paragraph('Strengths', review.strengths),
    blocks.paragraph('Growth areas', review.growthAreas),
    blocks.paragraph('Development goals for the next period', review.nextGoals),
    ...(review.nineBoxNote ? [blocks.paragraph('Calibration note', review.nineBoxNote)] : []),
  ]
}
