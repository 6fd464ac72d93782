import { deflateSync } from 'node:zlib'
import type { ReviewPacket } from '../../src/shared/domain/reviews/packet'

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A real PNG (stripes) standing in for the chart chart.js draws in the renderer. */
export function createChartPng(width = 400, height = 200): string {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const rows: number[] = []
  for (let y = 0; y < height; y += 1) {
    rows.push(0)
    for (let x = 0; x < width; x += 1) {
      const isBar = Math.floor(x / 40) % 2 === 0 && y > height - ((x * 7) % height)
      rows.push(...(isBar ? [47, 125, 89] : [255, 255, 255]))
    }
  }
  const png = Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
  return `data:image/png;base64,${png.toString('base64')}`
}

const longText =
  'Took over the Dublin wholesale accounts mid-quarter and rebuilt the ordering rhythm with each café. ' +
  'The weekly call now starts from the café’s own sales, not from our price list, and two accounts that were drifting are back to full orders. '

/** A constructed packet; `size` scales the number of check-ins, feedback entries and goals. */
export function createTestPacket(
  options: { name?: string; size?: number; includePrivateNotes?: boolean } = {},
): ReviewPacket {
  const size = options.size ?? 1
  const name = options.name ?? 'Renée Dubois'
  const isPrivate = options.includePrivateNotes ?? false
  return {
    person: {
      name,
      title: 'Account manager',
      team: 'Wholesale',
      role: 'Account manager',
      manager: 'Łukasz Nowak',
      location: 'Dublin',
      workArrangement: 'hybrid',
      hireDate: '2023-04-03',
    },
    period: { label: '2026 H1', start: '2026-01-01', end: '2026-06-30' },
    generatedOn: '2026-07-02',
    workspaceName: 'Kestrel Coffee Roasters',
    scale: [0, 1, 2, 3, 4].map((level) => ({
      level,
      label: ['None', 'Aware', 'Working', 'Skilled', 'Expert'][level]!,
    })),
    skills: ['Consultative selling', 'Account planning', 'Negotiation', 'Coffee knowledge'].map(
      (skill, index) => ({
        name: skill,
        category: 'Sales',
        current: index + 1,
        required: 3,
        self: index + 2,
        gap: Math.max(0, 3 - (index + 1)),
        isCritical: index === 0,
      }),
    ),
    skillsChart: createChartPng(),
    gaps: [
      {
        name: 'Consultative selling',
        category: 'Sales',
        current: 1,
        required: 3,
        self: 2,
        gap: 2,
        isCritical: true,
      },
      {
        name: 'Account planning',
        category: 'Sales',
        current: 2,
        required: 3,
        self: 3,
        gap: 1,
        isCritical: false,
      },
    ],
    plan: {
      period: '2026',
      status: 'active',
      done: 1,
      total: 2,
      items: [
        {
          title: 'Negotiation workshop',
          status: 'completed',
          due: '2026-03-01',
          hours: 8,
          skills: 'Negotiation',
        },
        {
          title: 'Shadow 佐藤 花子 on key accounts',
          status: 'in-progress',
          due: '2026-06-01',
          hours: 12,
          skills: 'Account planning',
        },
      ],
    },
    goals: Array.from({ length: 2 * size }, (_, index) => ({
      title: `Grow repeat orders from cafés ${index + 1}`,
      period: '2026-Q2',
      status: 'active',
      progress: 0.25 + (index % 3) * 0.25,
      confidence: 'on-track',
      keyResults: [
        { title: 'Repeat order rate', baseline: 60, target: 75, current: 68, unit: '%' },
      ],
      lastNote: 'Two accounts recovered after the tasting day.',
    })),
    goalsChart: createChartPng(400, 150),
    kpis: [
      { name: 'Repeat order rate', unit: '%', first: 60, last: 68, direction: 'higher', points: 6 },
    ],
    training: [
      {
        title: 'Negotiation workshop',
        format: 'workshop',
        status: 'completed',
        dates: '2026-02-10 to 2026-02-11',
        reaction: 'Relevance 5/5, engagement 4/5',
        learning: 'Score 55 → 80',
        behaviour: 'Observed 4/5',
        results: 'Repeat order rate 60 → 68',
      },
    ],
    checkins: Array.from({ length: 3 * size }, (_, index) => ({
      date: `2026-0${1 + (index % 6)}-15`,
      highlights: longText.repeat(1 + (index % 3)),
      answers: [
        {
          prompt: 'Which new skills from recent training did you put into practice?',
          text: longText,
        },
        {
          prompt: 'Where was applying them hardest?',
          text: 'Price talks with 佐藤 花子’s larger accounts.',
        },
        {
          prompt: 'What support do you need from your manager?',
          text: 'Time with Łukasz Nowak before renewals.',
        },
        {
          prompt: 'One development goal before the next check-in',
          text: 'Prepare two account plans.',
        },
      ],
      privateNotes: isPrivate ? `PRIVATE-NOTE-${index}: worried about workload.` : null,
    })),
    feedback: {
      praise: 4 * size,
      constructive: size,
      observation: 0,
      entries: Array.from({ length: 5 * size }, (_, index) => ({
        date: `2026-0${1 + (index % 6)}-0${1 + (index % 9)}`,
        kind: index % 5 === 4 ? ('constructive' as const) : ('praise' as const),
        source: 'manager',
        text: longText,
      })),
    },
    review: {
      rater: 'Łukasz Nowak',
      state: 'ready',
      overall: '3 Skilled',
      potential: 'high',
      skillRatings: [{ name: 'Consultative selling', rating: 2, label: 'Working' }],
      goalRatings: [{ name: 'Grow repeat orders from cafés', rating: 3, label: 'Skilled' }],
      strengths: longText.repeat(3),
      growthAreas: 'Account planning ahead of renewals.',
      nextGoals: 'Lead the autumn tasting programme with 佐藤 花子.',
      nineBoxNote: '',
    },
    includesPrivateNotes: isPrivate,
  }
}
