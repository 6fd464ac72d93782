import { z } from 'zod'

/**
 * The review packet as plain, render-ready data: the renderer assembles it from the workspace,
 * main lays it out as a PDF. Texts are already formatted; numbers stay numbers for tables.
 */
const Text = z.string().max(20000)
const Short = z.string().max(500)
const PngDataUrl = z
  .string()
  .max(8 * 1024 * 1024)
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/=]+$/, 'Expected a PNG data URL')

export const PacketSkill = z.object({
  name: Short,
  category: Short,
  current: z.number().nullable(),
  required: z.number().nullable(),
  self: z.number().nullable(),
  gap: z.number(),
  isCritical: z.boolean(),
})

export const PacketGoal = z.object({
  title: Short,
  period: Short,
  status: Short,
  progress: z.number().min(0).max(1).nullable(),
  confidence: Short,
  keyResults: z
    .array(
      z.object({
        title: Short,
        baseline: z.number(),
        target: z.number(),
        current: z.number(),
        unit: Short,
      }),
    )
    .max(100),
  lastNote: Text,
})

export const PacketKpi = z.object({
  name: Short,
  unit: Short,
  first: z.number().nullable(),
  last: z.number().nullable(),
  direction: Short,
  points: z.number().int().min(0),
})

export const PacketTraining = z.object({
  title: Short,
  format: Short,
  status: Short,
  dates: Short,
  reaction: Short,
  learning: Short,
  behaviour: Short,
  results: Short,
})

export const PacketCheckin = z.object({
  date: Short,
  highlights: Text,
  answers: z.array(z.object({ prompt: Short, text: Text })).max(20),
  privateNotes: Text.nullable(),
})

export const PacketFeedback = z.object({
  date: Short,
  kind: z.enum(['praise', 'constructive', 'observation']),
  source: Short,
  text: Text,
})

/** Answers of peer-feedback requests: anonymised texts only from enough raters (answers-view.ts). */
export const PacketPeerFeedback = z.object({
  raterCount: z.number().int().min(0),
  entries: z.array(z.object({ date: Short, author: Short, text: Text })).max(1000),
  heldBack: Short.nullable(),
  ratings: z
    .array(z.object({ prompt: Short, average: z.number(), count: z.number().int().min(1) }))
    .max(50),
})

export const PacketRating = z.object({ name: Short, rating: z.number().nullable(), label: Short })

export const PacketReview = z.object({
  rater: Short,
  state: Short,
  overall: Short,
  potential: Short,
  skillRatings: z.array(PacketRating).max(300),
  goalRatings: z.array(PacketRating).max(300),
  strengths: Text,
  growthAreas: Text,
  nextGoals: Text,
  nineBoxNote: Text,
})

export const ReviewPacket = z.object({
  person: z.object({
    name: Short,
    title: Short,
    team: Short,
    role: Short,
    manager: Short,
    location: Short,
    workArrangement: Short,
    hireDate: Short,
  }),
  period: z.object({ label: Short, start: Short, end: Short }),
  generatedOn: Short,
  workspaceName: Short,
  scale: z.array(z.object({ level: z.number(), label: Short })).max(11),
  skills: z.array(PacketSkill).max(500),
  skillsChart: PngDataUrl.nullable(),
  gaps: z.array(PacketSkill).max(500),
  plan: z
    .object({
      period: Short,
      status: Short,
      done: z.number().int().min(0),
      total: z.number().int().min(0),
      items: z
        .array(
          z.object({ title: Short, status: Short, due: Short, hours: z.number(), skills: Short }),
        )
        .max(500),
    })
    .nullable(),
  goals: z.array(PacketGoal).max(200),
  goalsChart: PngDataUrl.nullable(),
  kpis: z.array(PacketKpi).max(200),
  training: z.array(PacketTraining).max(300),
  checkins: z.array(PacketCheckin).max(500),
  feedback: z.object({
    praise: z.number().int().min(0),
    constructive: z.number().int().min(0),
    observation: z.number().int().min(0).default(0),
    entries: z.array(PacketFeedback).max(1000),
  }),
  /** Absent in packets made before peer feedback requests existed. */
  peerFeedback: PacketPeerFeedback.optional(),
  review: PacketReview.nullable(),
  includesPrivateNotes: z.boolean(),
})
export type ReviewPacket = z.infer<typeof ReviewPacket>
export type PacketSkill = z.infer<typeof PacketSkill>

/** The sections every packet has, in order; the PDF prints these headings. */
export const packetSections = [
  'Profile',
  'Skills against the role',
  'Gaps',
  'Development plan and progress',
  'Goals and KPIs',
  'Training results',
  'Check-in highlights',
  'Feedback summary',
  'Peer feedback',
  'Review ratings and comments',
] as const

/** The team skills report: a matrix with names possibly replaced by initials or codes. */
export const TeamReport = z.object({
  teamName: Short,
  generatedOn: Short,
  workspaceName: Short,
  naming: z.enum(['names', 'initials', 'codes']),
  scale: z.array(z.object({ level: z.number(), label: Short })).max(11),
  skills: z.array(z.object({ name: Short, isCritical: z.boolean() })).max(300),
  rows: z
    .array(
      z.object({
        label: Short,
        cells: z
          .array(z.object({ current: z.number().nullable(), required: z.number().nullable() }))
          .max(300),
      }),
    )
    .max(500),
  systemicGaps: z
    .array(z.object({ skill: Short, below: z.number().int(), needing: z.number().int() }))
    .max(300),
  coverage: z
    .array(
      z.object({
        skill: Short,
        atLevel: z.number().int(),
        needing: z.number().int(),
        minExperts: z.number().int(),
      }),
    )
    .max(300),
  singlePointsOfFailure: z.array(z.object({ skill: Short, holder: Short })).max(300),
})
export type TeamReport = z.infer<typeof TeamReport>
