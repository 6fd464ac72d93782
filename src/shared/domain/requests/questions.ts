import type { WorkspaceData } from '../../model/tables'
import type { Person } from '../../model/people'
import type { Question, ScaleOption } from '../../model/requests'
import { createRequirementLookup } from '../skills/required-levels'

/** What the question builders read: the catalogue and the person's own records, nothing private. */
export type RequestSourceData = Pick<
  WorkspaceData,
  | 'people'
  | 'teams'
  | 'skills'
  | 'scaleLevels'
  | 'roleProfiles'
  | 'roleRequirements'
  | 'requirementOverrides'
  | 'goals'
  | 'reviewCycles'
  | 'checkinTemplates'
  | 'enrolments'
  | 'initiatives'
>

/** Question ids by kind; landing reads them back (see landing.ts). */
export const questionIds = {
  skill: (skillId: string) => `skill:${skillId}`,
  goal: (goalId: string) => `goal:${goalId}`,
  achievements: 'achievements',
  develop: 'develop',
  peers: 'peers',
  section: (sectionId: string) => `section:${sectionId}`,
  agenda: 'agenda',
  mood: 'mood',
  grow: 'grow',
  interest: (skillId: string) => `interest:${skillId}`,
  nextRole: 'next-role',
  support: 'support',
  situation: 'situation',
  behaviour: 'behaviour',
  impact: 'impact',
  rating: (id: string) => `rating:${id}`,
  relevance: 'relevance',
  engagement: 'engagement',
  usefulness: 'usefulness',
  confidence: 'confidence',
  recommend: 'recommend',
  comment: 'comment',
} as const

export const prepTemplateId = 'tpl-development'

const fivePoint = (labels: readonly string[]): ScaleOption[] =>
  labels.map((label, index) => ({ value: index + 1, label, descriptor: '' }))

export const moodOptions = fivePoint(['Very low', 'Low', 'Okay', 'Good', 'Very good'])
export const interestOptions: ScaleOption[] = [
  { value: 0, label: 'Not interested', descriptor: '' },
  { value: 1, label: 'A little', descriptor: '' },
  { value: 2, label: 'Interested', descriptor: '' },
  { value: 3, label: 'Eager to learn it', descriptor: '' },
]
const amountOptions = fivePoint(['Not at all', 'A little', 'Somewhat', 'Very', 'Extremely'])
const agreeOptions = fivePoint([
  'Strongly disagree',
  'Disagree',
  'Neither agree nor disagree',
  'Agree',
  'Strongly agree',
])

/** The workspace scale as options, with each level's descriptor (or the skill's own wording). */
export function toLevelOptions(
  data: Pick<RequestSourceData, 'scaleLevels'>,
  descriptors: Record<string, string> = {},
): ScaleOption[] {
  return [...data.scaleLevels]
    .sort((a, b) => a.level - b.level)
    .map((level) => ({
      value: level.level,
      label: level.label,
      descriptor: descriptors[String(level.level)] ?? level.descriptor,
    }))
}

function levelLabel(data: RequestSourceData, level: number): string {
  return data.scaleLevels.find((s) => s.level === level)?.label ?? `level ${level}`
}

/** The person's role skills, in the catalogue's order by name. */
export function listRoleSkills(data: RequestSourceData, person: Person) {
  const lookup = createRequirementLookup(data)
  return lookup
    .listSkillIds(person)
    .map((skillId) => ({
      skill: data.skills.find((s) => s.id === skillId),
      level: lookup.findLevel(person, skillId),
    }))
    .filter(
      (entry): entry is { skill: NonNullable<typeof entry.skill>; level: number } =>
        entry.skill !== undefined && entry.level !== null,
    )
    .sort((a, b) => a.skill.name.localeCompare(b.skill.name))
}

export function buildSelfReviewQuestions(
  data: RequestSourceData,
  person: Person,
  cycle: { periodStart: string; periodEnd: string } | null,
): Question[] {
  const skills: Question[] = listRoleSkills(data, person).map(({ skill, level }) => ({
    id: questionIds.skill(skill.id),
    type: 'scale',
    prompt: skill.name,
    help: [skill.description, `Your role asks for ${levelLabel(data, level)} (${level}).`]
      .filter(Boolean)
      .join(' '),
    group: 'Your skills: where are you today?',
    isRequired: true,
    options: toLevelOptions(data, skill.levelDescriptors),
  }))
  const goals: Question[] = data.goals
    .filter((goal) => goal.ownerPersonId === person.id && goal.status !== 'dropped')
    .filter((goal) => cycle === null || isGoalInCycle(goal, cycle))
    .map((goal) => ({
      id: questionIds.goal(goal.id),
      type: 'text',
      prompt: goal.title,
      help: 'How did this goal go? What helped, what got in the way?',
      group: 'Your goals',
      isRequired: false,
      maxLength: 4000,
    }))
  const colleagues = data.people
    .filter((p) => p.id !== person.id && p.status === 'active')
    .filter((p) => p.teamId !== null && p.teamId === person.teamId)
    .sort((a, b) => a.displayName.localeCompare(b.displayName))
  const peers: Question[] =
    colleagues.length === 0
      ? []
      : [
          {
            id: questionIds.peers,
            type: 'choice',
            prompt: 'Whom could we ask for feedback on your work?',
            help: 'Optional. Your manager decides whom to ask.',
            group: 'Looking ahead',
            isRequired: false,
            isMultiple: true,
            options: colleagues.map((p) => ({ value: p.id, label: p.displayName })),
          },
        ]
  return [
    ...skills,
    ...goals,
    {
      id: questionIds.achievements,
      type: 'text',
      prompt: 'What are you most proud of in this period?',
      help: 'Name the work and what came of it.',
      group: 'Looking back',
      isRequired: false,
      maxLength: 4000,
    },
    {
      id: questionIds.develop,
      type: 'text',
      prompt: 'What do you want to develop next?',
      help: 'A skill, a responsibility, an experience.',
      group: 'Looking ahead',
      isRequired: false,
      maxLength: 4000,
    },
    ...peers,
  ]
}

function isGoalInCycle(
  goal: { period: string; dueDate: string | null },
  cycle: { periodStart: string; periodEnd: string },
): boolean {
  if (goal.dueDate !== null)
    return goal.dueDate >= cycle.periodStart && goal.dueDate <= cycle.periodEnd
  const year = goal.period.slice(0, 4)
  return year >= cycle.periodStart.slice(0, 4) && year <= cycle.periodEnd.slice(0, 4)
}

export function buildCheckinPrepQuestions(data: RequestSourceData): Question[] {
  const template =
    data.checkinTemplates.find((t) => t.id === prepTemplateId) ??
    data.checkinTemplates.find((t) => t.kind === 'development')
  const sections: Question[] = (template?.sections ?? []).map((section) => ({
    id: questionIds.section(section.id),
    type: 'text',
    prompt: section.prompt,
    help: section.help,
    group: 'Before we meet',
    isRequired: false,
    maxLength: 4000,
  }))
  return [
    ...sections,
    {
      id: questionIds.agenda,
      type: 'list',
      prompt: 'What would you like to talk about?',
      help: 'One point per line; we start with these.',
      group: 'Your agenda',
      isRequired: false,
      maxItems: 8,
      itemMaxLength: 500,
    },
    {
      id: questionIds.mood,
      type: 'scale',
      prompt: 'How are you feeling about work right now?',
      help: '',
      group: 'Your agenda',
      isRequired: false,
      options: moodOptions,
    },
  ]
}

export function buildAspirationQuestions(
  data: RequestSourceData,
  person: Person,
  interestSkillIds: readonly string[],
): Question[] {
  const skillsByName = [...data.skills].sort((a, b) => a.name.localeCompare(b.name))
  const chosen =
    interestSkillIds.length > 0
      ? interestSkillIds
      : listRoleSkills(data, person).map((s) => s.skill.id)
  const interests: Question[] = skillsByName
    .filter((skill) => chosen.includes(skill.id))
    .map((skill) => ({
      id: questionIds.interest(skill.id),
      type: 'scale',
      prompt: skill.name,
      help: skill.description,
      group: 'How interested are you in growing these skills?',
      isRequired: false,
      options: interestOptions,
    }))
  const roles = data.roleProfiles
    .filter((role) => role.id !== person.roleId)
    .sort((a, b) => a.name.localeCompare(b.name))
  const questions: Question[] = [
    ...interests,
    {
      id: questionIds.grow,
      type: 'choice',
      prompt: 'Which other skills would you like to learn?',
      help: 'Tick any; leave empty if none.',
      group: 'Skills you want to grow',
      isRequired: false,
      isMultiple: true,
      options: skillsByName
        .filter((skill) => !chosen.includes(skill.id))
        .map((skill) => ({ value: skill.id, label: skill.name })),
    },
    ...(roles.length === 0
      ? []
      : [
          {
            id: questionIds.nextRole,
            type: 'choice' as const,
            prompt: 'Which role would you like to grow into next?',
            help: '',
            group: 'Your next step',
            isRequired: false,
            isMultiple: false,
            options: [
              { value: 'stay', label: 'I am happy in my current role' },
              ...roles.map((role) => ({ value: role.id, label: role.name })),
            ],
          },
        ]),
    {
      id: questionIds.support,
      type: 'text',
      prompt: 'What support would help you get there?',
      help: 'Training, time, a mentor, a project, anything.',
      group: 'Your next step',
      isRequired: false,
      maxLength: 4000,
    },
  ]
  return questions.filter((q) => q.type !== 'choice' || q.options.length > 0)
}

export const peerRatingQuestions = [
  { id: 'collaboration', prompt: (name: string) => `${name} works well with others.` },
  { id: 'quality', prompt: (name: string) => `${name} delivers work I can rely on.` },
  { id: 'communication', prompt: (name: string) => `${name} communicates clearly.` },
] as const

export function buildPeerFeedbackQuestions(subjectName: string): Question[] {
  const sbi = (id: string, prompt: string, help: string): Question => ({
    id,
    type: 'text',
    prompt,
    help,
    group: `A moment you worked with ${subjectName}`,
    isRequired: id !== questionIds.impact,
    maxLength: 4000,
  })
  return [
    sbi(questionIds.situation, 'The situation', 'When and where was it? Keep to one moment.'),
    sbi(questionIds.behaviour, 'What they did', 'What you saw or heard, not what you think of it.'),
    sbi(
      questionIds.impact,
      'The impact',
      'What happened because of it, for you, the team or a customer.',
    ),
    ...peerRatingQuestions.map((rating): Question => ({
      id: questionIds.rating(rating.id),
      type: 'scale',
      prompt: rating.prompt(subjectName),
      help: '',
      group: 'In general',
      isRequired: false,
      options: agreeOptions,
    })),
  ]
}

export function buildTrainingReactionQuestions(trainingTitle: string): Question[] {
  const scale = (id: string, prompt: string): Question => ({
    id,
    type: 'scale',
    prompt,
    help: '',
    group: trainingTitle,
    isRequired: true,
    options: amountOptions,
  })
  return [
    scale(questionIds.relevance, 'How relevant was it to your work?'),
    scale(questionIds.engagement, 'How engaging was it?'),
    scale(questionIds.usefulness, 'How useful is what you learned?'),
    scale(questionIds.confidence, 'How confident are you to apply it on the job?'),
    {
      id: questionIds.recommend,
      type: 'choice',
      prompt: 'Would you recommend it to a colleague?',
      help: '',
      group: trainingTitle,
      isRequired: true,
      isMultiple: false,
      options: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ],
    },
    {
      id: questionIds.comment,
      type: 'text',
      prompt: 'Anything else about the training?',
      help: 'What worked, what you missed.',
      group: trainingTitle,
      isRequired: false,
      maxLength: 4000,
    },
  ]
}
